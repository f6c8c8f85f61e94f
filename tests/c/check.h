/* A tiny test harness for the boardkit C tests: CHECK counts, nothing is fatal. */
#ifndef BOARDKIT_TEST_CHECK_H
#define BOARDKIT_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boardkit.h"

static int checks_passed = 0;
static int checks_failed = 0;

#define CHECK(cond, what)                                                        \
    do {                                                                         \
        if (cond) {                                                              \
            checks_passed++;                                                     \
        } else {                                                                 \
            checks_failed++;                                                     \
            fprintf(stderr, "FAIL %s:%d: %s  [%s]\n", __FILE__, __LINE__, what,  \
                    #cond);                                                      \
        }                                                                        \
    } while (0)

/* Read a whole file into a NUL-terminated buffer the caller frees; NULL on failure. */
static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0) break;
        if (cap - len - 1 == 0) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) { free(buf); buf = NULL; break; }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) buf[len] = '\0';
    return buf;
}

/* Copy the thread's last-error field into `dst` (at most n-1 bytes) and free it.
 * Returns 1 when there was a string, 0 when the library returned NULL. */
static int take_string(char *s, char *dst, size_t n) {
    if (!s) { if (n) dst[0] = '\0'; return 0; }
    snprintf(dst, n, "%s", s);
    boardkit_string_free(s);
    return 1;
}

static int finish(const char *name) {
    printf("%s: %d passed, %d failed\n", name, checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}

#endif
