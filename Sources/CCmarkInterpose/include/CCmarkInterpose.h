#ifndef COUNCILDOC_CMARK_INTERPOSE_H
#define COUNCILDOC_CMARK_INTERPOSE_H

/* libcmark-gfm's cmark_parser_finish adds, then removes, each inline extension's special
   characters (strikethrough's '~', autolink's ':' and 'w') in one process-wide table, so two
   parsers finishing at once clear each other's characters and parse wrongly. This target
   defines that exported function in the program itself, which the library calls through its
   PLT: the characters are added and never removed (every councildoc parser attaches the
   same extensions), and parsing is safe on every core. */

/* Non-zero once the library has called the function defined here: the interposition is
   live in this process and parsers may run concurrently. */
int councildoc_cmark_interposed(void);

/* Tests only: 0 restores the library's own add-then-remove, so that a test can show the
   race it prevents; 1 (the default) keeps the characters. */
void councildoc_cmark_keep_special_characters(int keep);

#endif
