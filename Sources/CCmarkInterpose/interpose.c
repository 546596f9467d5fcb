#define _GNU_SOURCE
#include "CCmarkInterpose.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

typedef struct cmark_parser cmark_parser;
typedef void (*manage_special_characters)(cmark_parser *parser, int add);

static manage_special_characters library_function;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;
static atomic_int calls;
static atomic_int keep = 1;

static void lookup(void) {
    library_function = (manage_special_characters)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

/* Called by cmark_parser_finish with add = 1 before inline parsing and add = 0 after. */
void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
    pthread_once(&lookup_once, lookup);
    atomic_store(&calls, 1);
    if (library_function == NULL) return;
    if (add || !atomic_load(&keep)) library_function(parser, add);
}

int councildoc_cmark_interposed(void) {
    pthread_once(&lookup_once, lookup);
    return atomic_load(&calls) != 0 && library_function != NULL;
}

void councildoc_cmark_keep_special_characters(int value) {
    atomic_store(&keep, value);
}
