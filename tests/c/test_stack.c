/* Reading on a small stack (hosts run boardkit on threads with small stacks): a host thread with a 64 KiB stack reads and
 * validates a deeply nested document (refused with an error naming the path, no crash),
 * the deepest document boardkit accepts (48 levels), and the example board document.
 * The stack is 64 KiB unless BOARDKIT_TEST_STACK_KIB says otherwise: tests/c.sh gives
 * 256 for the unoptimised debug library, whose frames are larger (it needs about
 * 176 KiB; see ffi/README.md). The release library is tested with 64 KiB.
 * Usage: test_stack DOCUMENT.json [EXAMPLE.json]   (EXAMPLE defaults to DOCUMENT) */
#include <pthread.h>

#include "check.h"

static size_t stack_size = 64 * 1024;
#define MAX_DEPTH 48 /* boardkit's nesting limit (ffi/README.md) */

/* A board document whose `extensions` nest so that the deepest container is at
 * `depth` (the document itself is level 1), in a new buffer (free it). */
static char *nested(int depth) {
    const char *head = "{\"schema_version\": 1, \"extensions\": ";
    size_t n = strlen(head) + (size_t)depth * 8 + 16;
    char *out = malloc(n);
    if (!out) return NULL;
    strcpy(out, head);
    for (int i = 2; i < depth; i++) strcat(out, "{\"a\": ");
    strcat(out, "{}");
    for (int i = 2; i < depth; i++) strcat(out, "}");
    strcat(out, "}");
    return out;
}

typedef struct {
    const char *document;
    BoardkitStatus status;
    char path[256];
    char code[64];
} job;

static void *validate(void *arg) {
    job *j = arg;
    char *out = NULL;
    j->status = boardkit_document_validate(j->document, NULL, &out);
    boardkit_string_free(out);
    if (j->status != BOARDKIT_STATUS_OK) {
        take_string(boardkit_last_error_path(), j->path, sizeof j->path);
        take_string(boardkit_last_error_code(), j->code, sizeof j->code);
    }
    return NULL;
}

/* Run `validate` on a new thread with a 64 KiB stack; 0 when the thread ran. */
static int on_small_stack(job *j) {
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) != 0) return -1;
    if (pthread_attr_setstacksize(&attr, stack_size) != 0) return -1;
    int rc = pthread_create(&t, &attr, validate, j);
    pthread_attr_destroy(&attr);
    if (rc != 0) return -1;
    return pthread_join(t, NULL);
}

int main(int argc, char **argv) {
    const char *kib = getenv("BOARDKIT_TEST_STACK_KIB");
    if (kib && atoi(kib) > 0) stack_size = (size_t)atoi(kib) * 1024;
    printf("test_stack: threads with a %zu KiB stack\n", stack_size / 1024);
    const char *example_path = argc > 2 ? argv[2] : (argc > 1 ? argv[1] : NULL);
    char *example = example_path ? read_file(example_path) : NULL;
    CHECK(example != NULL, "read the example document");

    /* 120 deep: refused before reading, with the path of the first container too deep. */
    char *deep = nested(120);
    job j1 = {deep, BOARDKIT_STATUS_OK, "", ""};
    CHECK(on_small_stack(&j1) == 0, "thread with a small stack ran (120 deep)");
    CHECK(j1.status != BOARDKIT_STATUS_OK, "a document nested 120 deep is refused");
    CHECK(strncmp(j1.path, "/extensions/a/a/", 16) == 0, "the error names the path");
    CHECK(strcmp(j1.code, "shape.invalid") == 0 || j1.code[0] != '\0', "the error has a code");

    /* Exactly the limit: read (and validated) on the small stack. */
    char *limit = nested(MAX_DEPTH);
    job j2 = {limit, BOARDKIT_STATUS_OK, "", ""};
    CHECK(on_small_stack(&j2) == 0, "thread with a small stack ran (at the limit)");
    CHECK(j2.status == BOARDKIT_STATUS_OK, "a document nested 48 deep is read and validated");

    /* One level more: refused. */
    char *over = nested(MAX_DEPTH + 1);
    job j3 = {over, BOARDKIT_STATUS_OK, "", ""};
    CHECK(on_small_stack(&j3) == 0, "thread with a small stack ran (one over)");
    CHECK(j3.status != BOARDKIT_STATUS_OK, "a document nested 49 deep is refused");

    /* The example board document validates on the small stack. */
    if (example) {
        job j4 = {example, BOARDKIT_STATUS_OK, "", ""};
        CHECK(on_small_stack(&j4) == 0, "thread with a small stack ran (example)");
        CHECK(j4.status == BOARDKIT_STATUS_OK, "the example document validates on a small stack");
    }

    free(deep);
    free(limit);
    free(over);
    free(example);
    return finish("test_stack");
}
