/* A host's numbers under `extensions` through the C document API: numbers a double
 * cannot hold (2^64, -2^63-1, 2^53+1, 1e400, 0.1 with 55 decimal places) and numbers
 * whose text a double would change (1E+2, -0, 0.10) are written back as given, by
 * boardkit_document_normalise and by a loaded board; outside extensions such a number is
 * still refused at its path, with no number in the message.
 * Usage: test_numbers DOCUMENT.json [EXAMPLE.json] */
#include "check.h"

static const char *NUMBERS[] = {
    "18446744073709551616", "-9223372036854775809", "9007199254740993", "1e400", "-1E+400",
    "1E+2", "-0", "0.10", "0.1000000000000000000000000000000000000000000000000000001",
};
#define N (sizeof NUMBERS / sizeof NUMBERS[0])

/* The document with `{"crm": NUMBER, "list": [NUMBER]}` as its extensions (free it). */
static char *with_extensions(const char *doc, const char *number) {
    const char *brace = strchr(doc, '{');
    if (!brace) return NULL;
    size_t n = strlen(doc) + 2 * strlen(number) + 64;
    char *out = malloc(n);
    if (out)
        snprintf(out, n, "{\"extensions\": {\"crm\": %s, \"list\": [%s]},%s", number, number, brace + 1);
    return out;
}

/* True when `text` holds `"crm": NUMBER` followed by the end of the value. */
static int keeps(const char *text, const char *number) {
    char want[256];
    snprintf(want, sizeof want, "\"crm\": %s", number);
    const char *at = text ? strstr(text, want) : NULL;
    if (!at) return 0;
    char next = at[strlen(want)];
    return next == ',' || next == '\n' || next == '}' || next == ' ';
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s DOCUMENT.json\n", argv[0]);
        return 2;
    }
    char *doc = read_file(argv[1]);
    CHECK(doc != NULL, "read the document");
    if (!doc) return finish("test_numbers");

    for (size_t i = 0; i < N; i++) {
        char *text = with_extensions(doc, NUMBERS[i]);
        char *out = NULL;
        CHECK(boardkit_document_normalise(text, &out) == BOARDKIT_STATUS_OK, NUMBERS[i]);
        CHECK(keeps(out, NUMBERS[i]), NUMBERS[i]);
        /* Normalised twice: the same text. */
        char *again = NULL;
        CHECK(boardkit_document_normalise(out, &again) == BOARDKIT_STATUS_OK, NUMBERS[i]);
        CHECK(out && again && strcmp(out, again) == 0, NUMBERS[i]);
        boardkit_string_free(again);
        boardkit_string_free(out);

        BoardkitBoard *board = NULL;
        CHECK(boardkit_board_open(text, &board) == BOARDKIT_STATUS_OK, NUMBERS[i]);
        char *written = NULL;
        CHECK(boardkit_board_document(board, &written) == BOARDKIT_STATUS_OK, NUMBERS[i]);
        char compact[256];
        snprintf(compact, sizeof compact, "\"crm\":%s,", NUMBERS[i]);
        CHECK(written && strstr(written, compact) != NULL, NUMBERS[i]);
        boardkit_string_free(written);
        boardkit_board_free(board);
        free(text);
    }

    /* Outside extensions: refused at its path, the number not in the message. */
    const char *version = strstr(doc, "\"schema_version\"");
    CHECK(version != NULL, "the document has a schema version");
    if (version) {
        size_t n = strlen(doc) + 64;
        char *bad = malloc(n);
        const char *value = strchr(version, ':');
        const char *end = value ? strpbrk(value, ",}") : NULL;
        if (bad && value && end) {
            snprintf(bad, n, "%.*s\"schema_version\": 18446744073709551616%s", (int)(version - doc), doc, end);
            char *out = NULL;
            CHECK(boardkit_document_normalise(bad, &out) != BOARDKIT_STATUS_OK, "refused");
            CHECK(out == NULL, "no output");
            char path[256], message[1024];
            take_string(boardkit_last_error_path(), path, sizeof path);
            take_string(boardkit_last_error_message(), message, sizeof message);
            CHECK(strcmp(path, "/schema_version") == 0, path);
            CHECK(strstr(message, "1844674407") == NULL, message);
        }
        free(bad);
    }
    free(doc);
    return finish("test_numbers");
}
