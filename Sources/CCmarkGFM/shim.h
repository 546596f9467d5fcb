#ifndef COUNCILDOC_CMARK_SHIM_H
#define COUNCILDOC_CMARK_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/* The extension node types are exported by libcmark-gfm-extensions but not declared in
   its headers; Swift 6 refuses to read mutable C globals, so expose them read-only. */
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type councildoc_node_type_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type councildoc_node_type_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type councildoc_node_type_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type councildoc_node_type_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }

#endif
