/* boardkit C API, feature `render`: the board pack, a CSV section, iCalendar and OParl
 * from the example document, and the errors a host can make. Built by tests/c_render.sh
 * against the committed header with BOARDKIT_RENDER defined.
 *
 * Usage: test_render EXAMPLE.json   (examples/data/leicester-lscb.json) */
#include "../check.h"

#ifndef BOARDKIT_RENDER
#error "build with -DBOARDKIT_RENDER against a library built with --features render"
#endif

/* A request: the example document inside {"document": DOC, ...rest}. Free it. */
static char *request(const char *doc, const char *rest) {
    size_t n = strlen(doc) + strlen(rest) + 32;
    char *out = malloc(n);
    if (out) snprintf(out, n, "{\"document\": %s, %s}", doc, rest);
    return out;
}

static BoardkitStatus call(BoardkitStatus (*fn)(const char *, char **), const char *doc,
                           const char *rest, char **out) {
    char *req = request(doc, rest);
    BoardkitStatus st = fn(req, out);
    free(req);
    return st;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: test_render EXAMPLE.json\n"); return 2; }
    char *doc = read_file(argv[argc - 1]);
    CHECK(doc != NULL, "the example document is readable");
    if (!doc) return finish("test_render");
    char *out = NULL;
    char buf[512];

    /* The pack as HTML: one page with the four charts. */
    BoardkitStatus st = call(boardkit_render, doc,
        "\"what\": \"pack\", \"format\": \"html\", \"as_of\": \"2017-02-01\"", &out);
    CHECK(st == BOARDKIT_STATUS_OK, "render pack html");
    CHECK(out && strstr(out, "\"format\":\"html\"") != NULL, "html format said");
    CHECK(out && strstr(out, "<!DOCTYPE html>") != NULL, "an HTML page");
    CHECK(out && strstr(out, "chart-risk-heatmap-title") != NULL, "the heat map is in it");
    CHECK(out && strstr(out, "chart-contributions-title") != NULL, "the contributions chart is in it");
    boardkit_string_free(out);

    /* The action log as CSV: files with the byte-order mark (JSON-escaped as \ufeff). */
    st = call(boardkit_render, doc,
        "\"what\": \"actions\", \"format\": \"csv\", \"as_of\": \"2017-02-01\"", &out);
    CHECK(st == BOARDKIT_STATUS_OK, "render actions csv");
    CHECK(out && strstr(out, "\"name\":\"actions.csv\"") != NULL, "actions.csv");
    CHECK(out && strstr(out, "\xEF\xBB\xBFGroup,Ref,Action") != NULL, "BOM and header row");
    CHECK(out && strstr(out, "Overdue,9.2,") != NULL, "action 9.2 is overdue");
    boardkit_string_free(out);

    /* A host's own template. */
    st = call(boardkit_render, doc,
        "\"what\": \"budget\", \"format\": \"md\", \"as_of\": \"2017-02-01\", "
        "\"templates\": {\"pack.md\": \"{{ pack.sections[0].title }}\"}", &out);
    CHECK(st == BOARDKIT_STATUS_OK, "render with a host template");
    CHECK(out && strstr(out, "\"text\":\"Budget statement 2016/17\"") != NULL, "the host template was used");
    boardkit_string_free(out);

    /* iCalendar and OParl. */
    st = call(boardkit_export_ical, doc, "\"as_of\": \"2017-02-01\"", &out);
    CHECK(st == BOARDKIT_STATUS_OK, "export ical");
    CHECK(out && strstr(out, "BEGIN:VCALENDAR") != NULL, "a calendar");
    CHECK(out && strstr(out, "UID:meeting-m-2016-12-08@boardkit.invalid") != NULL, "the December meeting");
    boardkit_string_free(out);
    st = call(boardkit_export_oparl, doc, "\"base\": \"https://papers.example.org/oparl\"", &out);
    CHECK(st == BOARDKIT_STATUS_OK, "export oparl");
    CHECK(out && strstr(out, "\"https://papers.example.org/oparl/body/b-lscb\"") != NULL, "the body's URL");
    boardkit_string_free(out);

    /* Mistakes: an unknown section, a bad format, a bad base, a broken template. */
    st = call(boardkit_render, doc, "\"what\": \"minute\", \"format\": \"html\", \"as_of\": \"2017-02-01\"", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE && out == NULL, "unknown section");
    take_string(boardkit_last_error_path(), buf, sizeof buf);
    CHECK(strcmp(buf, "/what") == 0, "the error points at /what");
    st = call(boardkit_render, doc, "\"what\": \"pack\", \"format\": \"pdf\", \"as_of\": \"2017-02-01\"", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE, "unknown format");
    take_string(boardkit_last_error_path(), buf, sizeof buf);
    CHECK(strcmp(buf, "/format") == 0, "the error points at /format");
    st = call(boardkit_export_oparl, doc, "\"base\": \"papers\"", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE, "a base that is not a URL");
    take_string(boardkit_last_error_path(), buf, sizeof buf);
    CHECK(strcmp(buf, "/base") == 0, "the error points at /base");
    st = call(boardkit_render, doc, "\"what\": \"pack\", \"format\": \"html\", \"as_of\": \"2017-02-01\", "
        "\"templates\": {\"pack.html\": \"{% for %}\"}", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE, "a broken template");
    take_string(boardkit_last_error_code(), buf, sizeof buf);
    CHECK(strcmp(buf, "render.template") == 0, "the template error has its code");
    st = boardkit_render(NULL, &out);
    CHECK(st == BOARDKIT_STATUS_NULL_ARGUMENT, "NULL request");
    st = call(boardkit_render, doc, "\"what\": \"pack\", \"format\": \"html\", \"as_of\": \"1 Feb\"", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE || st == BOARDKIT_STATUS_SYNTAX, "a date that is not ISO");
    take_string(boardkit_last_error_path(), buf, sizeof buf);
    CHECK(strcmp(buf, "/as_of") == 0, "the error points at /as_of");

    free(doc);
    return finish("test_render");
}
