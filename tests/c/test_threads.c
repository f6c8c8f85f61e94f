/* boardkit C API from 8 threads at once: results identical to a single-threaded run,
 * and each thread sees only its own last error.
 * Usage: test_threads DOCUMENT.json */
#include <pthread.h>

#include "check.h"

#define THREADS 8
#define ROUNDS 25

static char *document;        /* read-only, shared by all threads */
static char *expected_report; /* computed once on the main thread */
static char *expected_normal;
static char *expected_catalogue;

typedef struct {
    int index;
    int failures; /* counted per thread, added up on the main thread */
    int checks;
} job;

static void expect(job *j, int cond, const char *what) {
    j->checks++;
    if (!cond) {
        j->failures++;
        fprintf(stderr, "FAIL thread %d: %s\n", j->index, what);
    }
}

static void *worker(void *arg) {
    job *j = arg;
    char bad[256], want_path[64], got[256];
    /* each thread breaks the document at its own place, so its last error is its own */
    snprintf(bad, sizeof bad,
             "{\"schema_version\": 1, \"people\": [%s{\"id\": \"p\", \"name\": \"N\", \"field_%d\": 1}]}",
             j->index > 0 ? "{\"id\": \"a\", \"name\": \"A\"}," : "", j->index);
    snprintf(want_path, sizeof want_path, "/people/%d/field_%d", j->index > 0 ? 1 : 0, j->index);

    for (int r = 0; r < ROUNDS; r++) {
        char *out = NULL;
        expect(j, boardkit_document_validate(document, "{\"as_of\": \"2017-02-09\"}", &out)
                      == BOARDKIT_STATUS_OK, "validate");
        expect(j, out && strcmp(out, expected_report) == 0, "same report as single-threaded");
        boardkit_string_free(out);

        expect(j, boardkit_document_validate(bad, NULL, &out) == BOARDKIT_STATUS_INVALID_VALUE,
               "bad document fails");
        expect(j, out == NULL, "nothing handed back on failure");

        out = NULL;
        expect(j, boardkit_document_normalise(document, &out) == BOARDKIT_STATUS_OK, "normalise");
        expect(j, out && strcmp(out, expected_normal) == 0, "same normal form");
        boardkit_string_free(out);
        /* a successful call on another thread must not have touched ours... but our own
         * success just cleared it, so fail again and check it is exactly ours */
        expect(j, boardkit_document_validate(bad, NULL, &out) == BOARDKIT_STATUS_INVALID_VALUE,
               "bad document fails again");
        expect(j, take_string(boardkit_last_error_path(), got, sizeof got)
                      && strcmp(got, want_path) == 0, "last error is this thread's own");

        out = NULL;
        expect(j, boardkit_catalogue(&out) == BOARDKIT_STATUS_OK, "catalogue");
        expect(j, out && strcmp(out, expected_catalogue) == 0, "same catalogue");
        boardkit_string_free(out);
        expect(j, boardkit_last_error_status() == BOARDKIT_STATUS_OK, "success cleared it");
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s DOCUMENT.json\n", argv[0]);
        return 2;
    }
    document = read_file(argv[1]);
    CHECK(document != NULL, "read the document file");
    if (!document) return finish("test_threads");
    CHECK(boardkit_document_validate(document, "{\"as_of\": \"2017-02-09\"}", &expected_report)
              == BOARDKIT_STATUS_OK, "reference report");
    CHECK(boardkit_document_normalise(document, &expected_normal) == BOARDKIT_STATUS_OK,
          "reference normal form");
    CHECK(boardkit_catalogue(&expected_catalogue) == BOARDKIT_STATUS_OK, "reference catalogue");

    pthread_t threads[THREADS];
    job jobs[THREADS];
    int started = 0;
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (job){.index = i, .failures = 0, .checks = 0};
        int rc = pthread_create(&threads[i], NULL, worker, &jobs[i]);
        CHECK(rc == 0, "start a thread");
        if (rc == 0) started++;
    }
    CHECK(started == THREADS, "8 threads at once");
    for (int i = 0; i < started; i++) {
        CHECK(pthread_join(threads[i], NULL) == 0, "join a thread");
        CHECK(jobs[i].checks > 0 && jobs[i].failures == 0, "every check in the thread passed");
        checks_passed += jobs[i].checks - jobs[i].failures;
        checks_failed += jobs[i].failures;
    }

    boardkit_string_free(expected_report);
    boardkit_string_free(expected_normal);
    boardkit_string_free(expected_catalogue);
    free(document);
    return finish("test_threads");
}
