#ifndef COUNCILDOC_FOLDER_EXCHANGE_H
#define COUNCILDOC_FOLDER_EXCHANGE_H

/* Exchanges two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE): each name
   then points at what the other did, and no reader ever sees either name missing or a mix.
   Returns 0, or the errno of the failure (EINVAL or ENOSYS where the file system or kernel
   cannot exchange). Swift's Glibc module does not import renameat2. */
int councildoc_exchange(const char *first, const char *second);

#endif
