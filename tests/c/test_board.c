/* The loaded board of the C API (live form checks at any board size): the same answers as the one-shot functions,
 * edits kept right, errors at paths, NULLs refused, and 8 threads each with its own board.
 * Usage: test_board DOCUMENT.json EXAMPLE.json   (EXAMPLE: the Leicester board document) */
#include <pthread.h>

#include "check.h"

#define THREADS 8
#define ROUNDS 20

static char *example;

/* fmt with its %s replaced by text, in a new buffer (free it). */
static char *with(const char *fmt, const char *text) {
    size_t n = strlen(fmt) + strlen(text) + 1;
    char *out = malloc(n);
    if (out) snprintf(out, n, fmt, text);
    return out;
}

static int same(char *a, char *b) {
    int eq = a && b && strcmp(a, b) == 0;
    boardkit_string_free(a);
    boardkit_string_free(b);
    return eq;
}

/* Records a form builds: an edit of an existing action, a new action with a blank
 * description and unknown owner, a meeting of the board, a record that is not well formed. */
static const char *RECORDS[][2] = {
    {"action", "{\"id\": \"a-2016-12-08-14\", \"ref\": \"9.2\", \"description\": \"Report back\","
               " \"raised_at\": \"m-2016-12-08\", \"owners\": [{\"person\": \"p-vp\"}], \"due\": \"2016-01-30\"}"},
    {"action", "{\"id\": \"a-new\", \"ref\": \"4\", \"description\": \" \", \"raised_at\": \"m-2016-12-08\","
               " \"owners\": [{\"person\": \"p-nobody\"}], \"due\": \"2016-11-01\"}"},
    {"meeting", "{\"id\": \"m-new\", \"body\": \"b-lscb\", \"title\": \"Board\", \"date\": \"2017-02-09\","
                " \"attendance\": [{\"person\": \"p-chair\", \"status\": \"present\"}]}"},
    {"action", "{\"id\": \"a-bad\", \"description\": \"x\", \"due\": 5, \"owners\": \"p-vp\"}"},
};
#define NRECORDS (sizeof RECORDS / sizeof RECORDS[0])

/* What the one-shot function says of record i (free it). */
static char *one_shot(size_t i) {
    char head[4096];
    snprintf(head, sizeof head, "{\"kind\": \"%s\", \"record\": %s, \"as_of\": \"2017-01-31\", \"context\": %%s}",
             RECORDS[i][0], RECORDS[i][1]);
    char *request = with(head, example);
    char *out = NULL;
    BoardkitStatus s = boardkit_document_validate_record(request, &out);
    free(request);
    return s == BOARDKIT_STATUS_OK ? out : NULL;
}

static char *on_board(const BoardkitBoard *board, size_t i) {
    char request[4096];
    snprintf(request, sizeof request, "{\"kind\": \"%s\", \"record\": %s, \"as_of\": \"2017-01-31\"}",
             RECORDS[i][0], RECORDS[i][1]);
    char *out = NULL;
    return boardkit_board_validate_record(board, request, &out) == BOARDKIT_STATUS_OK ? out : NULL;
}

static char *expected[NRECORDS];

static void test_same_answers(void) {
    BoardkitBoard *board = NULL;
    CHECK(boardkit_board_open(example, &board) == BOARDKIT_STATUS_OK && board, "open the example");
    for (size_t i = 0; i < NRECORDS; i++) {
        char *loaded = on_board(board, i);
        CHECK(loaded && expected[i] && strcmp(loaded, expected[i]) == 0, "a record checks as with the one-shot function");
        boardkit_string_free(loaded);
    }
    CHECK(expected[1] && strstr(expected[1], "record.blank_text"), "the blank description is found");
    CHECK(expected[3] && strstr(expected[3], "\"/due\""), "the shape problem is at its path");

    char *a = NULL, *b = NULL;
    boardkit_board_validate(board, "{\"as_of\": \"2017-01-31\"}", &a);
    boardkit_document_validate(example, "{\"as_of\": \"2017-01-31\"}", &b);
    CHECK(same(a, b), "whole-board validation as boardkit_document_validate");

    char *request = with("{\"document\": %s, \"as_of\": \"2017-01-31\"}", example);
    a = NULL; b = NULL;
    CHECK(boardkit_board_query(board, "action_overdue", "{\"as_of\": \"2017-01-31\"}", &a) == BOARDKIT_STATUS_OK, "query");
    boardkit_action_overdue(request, &b);
    CHECK(same(a, b), "action_overdue as boardkit_action_overdue");
    a = NULL; b = NULL;
    boardkit_board_query(board, "report_attendance", "{\"body\": \"b-lscb\", \"from\": \"2016-04-01\", \"to\": \"2017-03-31\"}", &a);
    free(request);
    CHECK(a != NULL || boardkit_last_error_status() == BOARDKIT_STATUS_INVALID_VALUE, "report_attendance answers or names a bad detail");
    boardkit_string_free(a);

    a = NULL;
    CHECK(boardkit_board_query(board, "no_such_question", NULL, &a) == BOARDKIT_STATUS_INVALID_VALUE && a == NULL,
          "an unknown question is an error");
    char path[64];
    CHECK(take_string(boardkit_last_error_path(), path, sizeof path) && strcmp(path, "") == 0, "at the root");
    boardkit_board_free(board);
}

static void test_edits(void) {
    BoardkitBoard *board = NULL;
    boardkit_board_open(example, &board);
    size_t at = 999;
    CHECK(boardkit_board_insert(board, "action", RECORDS[1][1], &at) == BOARDKIT_STATUS_OK, "insert");
    CHECK(at == 19, "the new action goes last");
    CHECK(boardkit_board_insert(board, "action", RECORDS[1][1], NULL) == BOARDKIT_STATUS_INVALID_VALUE, "insert twice");
    char path[64];
    take_string(boardkit_last_error_path(), path, sizeof path);
    CHECK(strcmp(path, "/id") == 0, "an id already there is an error at /id");
    CHECK(boardkit_board_replace(board, "action", RECORDS[0][1], &at) == BOARDKIT_STATUS_OK, "replace");
    CHECK(boardkit_board_replace(board, "action", RECORDS[3][1], NULL) == BOARDKIT_STATUS_INVALID_VALUE, "replace with a bad record");
    take_string(boardkit_last_error_path(), path, sizeof path);
    CHECK(strcmp(path, "/due") == 0, "the bad record's error is at its path");
    CHECK(boardkit_board_remove(board, "meeting", "m-2016-12-08", &at) == BOARDKIT_STATUS_OK, "remove");
    CHECK(boardkit_board_remove(board, "meeting", "m-2016-12-08", NULL) == BOARDKIT_STATUS_INVALID_VALUE, "remove twice");
    CHECK(boardkit_board_insert(board, "nothing", "{}", NULL) == BOARDKIT_STATUS_INVALID_VALUE, "an unknown kind");
    char message[512];
    take_string(boardkit_last_error_message(), message, sizeof message);
    CHECK(strstr(message, "nothing") == NULL, "the message does not quote the input");

    /* After the edits, the board validates as a fresh board of its own document. */
    char *doc = NULL;
    CHECK(boardkit_board_document(board, &doc) == BOARDKIT_STATUS_OK && doc, "document");
    BoardkitBoard *fresh = NULL;
    CHECK(boardkit_board_open(doc, &fresh) == BOARDKIT_STATUS_OK, "reopen the edited document");
    char *a = NULL, *b = NULL, *c = NULL;
    boardkit_board_validate(board, "{\"as_of\": \"2017-01-31\"}", &a);
    boardkit_board_validate(fresh, "{\"as_of\": \"2017-01-31\"}", &b);
    boardkit_document_validate(doc, "{\"as_of\": \"2017-01-31\"}", &c);
    CHECK(a && c && strcmp(a, c) == 0, "edited board validates as its document");
    CHECK(same(a, b), "edited board validates as a fresh board");
    boardkit_string_free(c);
    for (size_t i = 0; i < NRECORDS; i++) CHECK(same(on_board(board, i), on_board(fresh, i)), "records check the same");
    boardkit_string_free(doc);
    boardkit_board_free(fresh);
    boardkit_board_free(board);
}

static void test_nulls(void) {
    BoardkitBoard *board = (BoardkitBoard *)1;
    CHECK(boardkit_board_open(NULL, &board) == BOARDKIT_STATUS_NULL_ARGUMENT && board == NULL, "NULL document");
    CHECK(boardkit_board_open(example, NULL) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL out_board");
    CHECK(boardkit_board_open("{\"schema_version\": 2, \"people\": 3}", &board) == BOARDKIT_STATUS_INVALID_VALUE
              && board == NULL, "a bad document");
    char path[64];
    take_string(boardkit_last_error_path(), path, sizeof path);
    CHECK(strcmp(path, "/people") == 0, "its error is at its path");
    CHECK(boardkit_board_open("{\"schema_version\": 2, \"x\": \"\xff\"}", &board) == BOARDKIT_STATUS_INVALID_UTF8, "invalid UTF-8");
    char *out = NULL;
    CHECK(boardkit_board_validate(NULL, NULL, &out) == BOARDKIT_STATUS_NULL_ARGUMENT && out == NULL, "NULL board");
    CHECK(boardkit_board_validate_record(NULL, "{}", &out) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL board");
    CHECK(boardkit_board_insert(NULL, "action", "{}", NULL) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL board");
    CHECK(boardkit_board_remove(NULL, "action", "a", NULL) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL board");
    boardkit_board_open(example, &board);
    CHECK(boardkit_board_document(board, NULL) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL out_json");
    CHECK(boardkit_board_query(board, NULL, NULL, &out) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL name");
    CHECK(boardkit_board_remove(board, "action", NULL, NULL) == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL id");
    CHECK(boardkit_board_validate_record(board, "{\"kind\": \"action\"}", &out) == BOARDKIT_STATUS_INVALID_VALUE, "no record");
    boardkit_board_free(board);
    boardkit_board_free(NULL);
}

/* Each thread opens its own board, checks every record ROUNDS times, edits its board. */
static void *worker(void *arg) {
    int *bad = arg;
    BoardkitBoard *board = NULL;
    if (boardkit_board_open(example, &board) != BOARDKIT_STATUS_OK) { *bad = 1000; return NULL; }
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < NRECORDS; i++) {
            char *out = on_board(board, i);
            if (!out || strcmp(out, expected[i]) != 0) (*bad)++;
            boardkit_string_free(out);
        }
        if (boardkit_board_insert(board, "action", RECORDS[1][1], NULL) != BOARDKIT_STATUS_OK) (*bad)++;
        if (boardkit_board_remove(board, "action", "a-new", NULL) != BOARDKIT_STATUS_OK) (*bad)++;
        if (boardkit_board_remove(board, "action", "a-new", NULL) != BOARDKIT_STATUS_INVALID_VALUE) (*bad)++;
    }
    boardkit_board_free(board);
    return NULL;
}

static void test_threads(void) {
    pthread_t t[THREADS];
    int bad[THREADS] = {0};
    for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, &bad[i]);
    int total = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        total += bad[i];
    }
    CHECK(total == 0, "8 threads, each with its own board, get the single-threaded answers");
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: test_board DOCUMENT.json EXAMPLE.json\n"); return 2; }
    example = read_file(argv[2]);
    if (!example) { fprintf(stderr, "cannot read %s\n", argv[2]); return 2; }
    for (size_t i = 0; i < NRECORDS; i++) expected[i] = one_shot(i);
    for (size_t i = 0; i < NRECORDS; i++) CHECK(expected[i] != NULL, "the one-shot function answers");
    test_same_answers();
    test_edits();
    test_nulls();
    test_threads();
    for (size_t i = 0; i < NRECORDS; i++) boardkit_string_free(expected[i]);
    free(example);
    return finish("test_board");
}
