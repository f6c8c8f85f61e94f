/* boardkit C API from 8 threads at once: results identical to a single-threaded run,
 * and each thread sees only its own last error. Besides validate/normalise/catalogue on
 * DOCUMENT, each thread calls a mix of capabilities (action log, risk, budget,
 * scorecard, attendance, quorum) on EXAMPLE (the Leicester board document).
 * Usage: test_threads DOCUMENT.json [EXAMPLE.json]   (EXAMPLE defaults to DOCUMENT) */
#include <pthread.h>

#include "check.h"

#define THREADS 8
/* Rounds per thread: 25, or BOARDKIT_TEST_ROUNDS (tests/c.sh gives 2 under valgrind:
 * every round makes the same calls, and one round already makes each of them on all 8
 * threads at once; the native runs keep the 25). */
#define ROUNDS_DEFAULT 25
static int rounds = ROUNDS_DEFAULT;

static char *document;        /* read-only, shared by all threads */
static char *expected_report; /* computed once on the main thread */
static char *expected_normal;
static char *expected_catalogue;

/* A mix of capabilities: each request and its single-threaded answer. */
typedef BoardkitStatus (*capability_fn)(const char *request_json, char **out_json);
typedef struct {
    const char *name;
    capability_fn fn;
    char *request;
    char *expected;
} mixed_call;

#define MIXED 8
static mixed_call mix[MIXED];

/* A copy of text (free it). */
static char *copy(const char *text) {
    size_t n = strlen(text) + 1;
    char *out = malloc(n);
    if (out) memcpy(out, text, n);
    return out;
}

/* fmt with its one %s replaced by the document, in a new buffer (free it). */
static char *format(const char *fmt, const char *document) {
    size_t n = strlen(fmt) + strlen(document) + 1;
    char *out = malloc(n);
    if (out) snprintf(out, n, fmt, document);
    return out;
}

static void prepare_mix(const char *example) {
    static const char *MATRIX =
        "{\"likelihood\": [\"Rare\", \"Unlikely\", \"Possible\", \"Likely\", \"Almost certain\"],"
        " \"impact\": [\"Insignificant\", \"Minor\", \"Moderate\", \"Major\", \"Catastrophic\"],"
        " \"bands\": [{\"min\": 1, \"max\": 4, \"rating\": \"green\"}, {\"min\": 5, \"max\": 12,"
        " \"rating\": \"amber\"}, {\"min\": 13, \"max\": 25, \"rating\": \"red\"}]}";
    char matrix_request[1024];
    snprintf(matrix_request, sizeof matrix_request, "{\"matrix\": %s, \"likelihood\": 4, \"impact\": 4}", MATRIX);
    mix[0] = (mixed_call){"action_overdue", boardkit_action_overdue,
                          format("{\"document\": %s, \"as_of\": \"2017-02-01\"}", example), NULL};
    mix[1] = (mixed_call){"risk_rate", boardkit_risk_rate, copy(matrix_request), NULL};
    mix[2] = (mixed_call){"budget_apportion", boardkit_budget_apportion,
                          copy("{\"formula\": {\"kind\": \"equal\", \"partners\": [\"o-lcc\", \"o-police\","
                               " \"o-ccg\"]}, \"total\": 29870001}"), NULL};
    mix[3] = (mixed_call){"report_attendance", boardkit_report_attendance,
                          format("{\"document\": %s, \"body\": \"b-lscb\", \"from\": \"2016-04-01\","
                                 " \"to\": \"2017-03-31\", \"places\": 1}", example), NULL};
    mix[4] = (mixed_call){"scorecard_change", boardkit_scorecard_change,
                          copy("{\"previous\": 2722, \"current\": 2240, \"places\": 1}"), NULL};
    mix[5] = (mixed_call){"meeting_quorum", boardkit_meeting_quorum,
                          format("{\"document\": %s, \"meeting\": \"m-2016-12-08\"}", example), NULL};
    mix[6] = (mixed_call){"budget_parse_money", boardkit_budget_parse_money,
                          copy("{\"text\": \"\xc2\xa3" "389,017\"}"), NULL};
    mix[7] = (mixed_call){"scorecard_rag_rating", boardkit_scorecard_rag_rating,
                          copy("{\"value\": 79.5, \"target\": {\"value\": 80, \"tolerance\": 1},"
                               " \"polarity\": \"higher_is_better\"}"), NULL};
    for (int i = 0; i < MIXED; i++) {
        char what[128];
        snprintf(what, sizeof what, "reference answer of %s", mix[i].name);
        CHECK(mix[i].request && mix[i].fn(mix[i].request, &mix[i].expected) == BOARDKIT_STATUS_OK, what);
    }
}

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
    char bad[512], want_path[64], got[256];
    /* each thread breaks the document at its own place, so its last error is its own */
    /* The thread's own bad person: the one at its index has a name that is not text. */
    char people[300] = "";
    for (int k = 0; k < j->index && k < 8; k++) strcat(people, "{\"id\": \"a\", \"name\": \"A\"},");
    snprintf(bad, sizeof bad, "{\"schema_version\": 1, \"people\": [%s{\"id\": \"p\", \"name\": 5}]}",
             people);
    snprintf(want_path, sizeof want_path, "/people/%d/name", j->index < 8 ? j->index : 8);

    for (int r = 0; r < rounds; r++) {
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

        /* a mix of capabilities, each thread starting at its own place in the mix */
        for (int k = 0; k < MIXED; k++) {
            const mixed_call *m = &mix[(k + j->index + r) % MIXED];
            out = NULL;
            expect(j, m->fn(m->request, &out) == BOARDKIT_STATUS_OK, m->name);
            expect(j, out && m->expected && strcmp(out, m->expected) == 0, m->name);
            boardkit_string_free(out);
        }
        /* a bad capability request fails with this thread's own path */
        char bad_request[256], want[32];
        /* (a partner that is not an id, at the thread's own index) */
        char partners[96] = "";
        for (int k = 0; k < j->index && k < 8; k++) strcat(partners, "\"o\", ");
        snprintf(bad_request, sizeof bad_request,
                 "{\"total\": 9, \"formula\": {\"kind\": \"equal\", \"partners\": [%s7]}}", partners);
        snprintf(want, sizeof want, "/formula/partners/%d", j->index < 8 ? j->index : 8);
        out = NULL;
        expect(j, boardkit_budget_apportion(bad_request, &out) == BOARDKIT_STATUS_INVALID_VALUE,
               "bad capability request fails");
        expect(j, out == NULL && take_string(boardkit_last_error_path(), got, sizeof got)
                      && strcmp(got, want) == 0, "capability last error is this thread's own");
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s DOCUMENT.json [EXAMPLE.json]\n", argv[0]);
        return 2;
    }
    const char *want_rounds = getenv("BOARDKIT_TEST_ROUNDS");
    if (want_rounds && atoi(want_rounds) > 0) rounds = atoi(want_rounds);
    document = read_file(argv[1]);
    CHECK(document != NULL, "read the document file");
    if (!document) return finish("test_threads");
    CHECK(boardkit_document_validate(document, "{\"as_of\": \"2017-02-09\"}", &expected_report)
              == BOARDKIT_STATUS_OK, "reference report");
    CHECK(boardkit_document_normalise(document, &expected_normal) == BOARDKIT_STATUS_OK,
          "reference normal form");
    CHECK(boardkit_catalogue(&expected_catalogue) == BOARDKIT_STATUS_OK, "reference catalogue");
    char *example = argc > 2 ? read_file(argv[2]) : NULL;
    CHECK(argc <= 2 || example != NULL, "read the example document");
    prepare_mix(example ? example : document);
    if (example)
        CHECK(mix[0].expected && strstr(mix[0].expected, "\"id\":\"a-2016-12-08-14\""),
              "overdue as of 1 Feb 2017 includes a-2016-12-08-14");
    CHECK(mix[2].expected && strstr(mix[2].expected, "\"amount\":9956667"), "29,870,001p three ways");

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
    for (int i = 0; i < MIXED; i++) {
        free(mix[i].request);
        boardkit_string_free(mix[i].expected);
    }
    free(example);
    free(document);
    return finish("test_threads");
}
