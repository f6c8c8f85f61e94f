/* Issue 12 from C: no message, path or code ever holds text from the input, and every
 * failure sets a message, code and path.
 *
 * For every entry point, a sentinel holding ZQX (with a quote, backticks, backslashes, a
 * line break, NUL, or very long) is put where the request needs another value, as an
 * unknown key, and as a key given twice; the call must fail (or, for a form's record,
 * report a finding) and nothing the caller can read may contain ZQX. */
#include "check.h"

typedef enum BoardkitStatus (*request_fn)(const char *, char **);

typedef struct {
    const char *name;
    request_fn call;
    const char *request; /* @V marks where a sentinel value goes */
} sentinel_case;

static int leaks(const char *s) { return s && strstr(s, "ZQX") != NULL; }

/* Replace every "@V" of `tmpl` with `value`, and, when `key` is given, put `key`: 1 first
 * in the outer object (twice when `twice`). The caller frees the result. */
static char *build(const char *tmpl, const char *value, const char *key, int twice) {
    size_t n = strlen(tmpl) + 1 + (key ? 2 * (strlen(key) + 8) : 0);
    for (const char *p = strstr(tmpl, "@V"); p; p = strstr(p + 2, "@V")) n += strlen(value);
    char *out = malloc(n);
    if (!out) return NULL;
    char *o = out;
    const char *t = tmpl;
    if (key && *t == '{') {
        *o++ = *t++;
        for (int i = 0; i < (twice ? 2 : 1); i++) o += sprintf(o, "%s: %d, ", key, i + 1);
    }
    while (*t) {
        if (t[0] == '@' && t[1] == 'V') {
            o += sprintf(o, "%s", value);
            t += 2;
        } else {
            *o++ = *t++;
        }
    }
    *o = '\0';
    return out;
}

static int calls = 0;

/* Check what the caller can see after `status`: on failure a message, code and path,
 * none with the sentinel; on success an output without it. */
static void check_outcome(const char *name, enum BoardkitStatus status, char *out) {
    calls++;
    char what[160];
    if (status == BOARDKIT_STATUS_OK) {
        snprintf(what, sizeof what, "%s: output holds no input text", name);
        CHECK(out != NULL && !leaks(out), what);
        if (leaks(out)) fprintf(stderr, "  %.300s\n", out);
        boardkit_string_free(out);
        return;
    }
    CHECK(out == NULL, "no output on failure");
    char *message = boardkit_last_error_message();
    char *code = boardkit_last_error_code();
    char *path = boardkit_last_error_path();
    snprintf(what, sizeof what, "%s: a failure sets message, code and path", name);
    CHECK(message != NULL && code != NULL && path != NULL, what);
    CHECK(boardkit_last_error_status() == status, "last error status = returned status");
    snprintf(what, sizeof what, "%s: no input text in message, code or path", name);
    CHECK(!leaks(message) && !leaks(code) && !leaks(path), what);
    if (leaks(message) || leaks(path)) fprintf(stderr, "  %s | %s\n", message, path);
    boardkit_string_free(message);
    boardkit_string_free(code);
    boardkit_string_free(path);
}

#define NODOC "{\"schema_version\": 1}"

static const sentinel_case CASES[] = {
    {"action_log", boardkit_action_log, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_open", boardkit_action_open, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_overdue", boardkit_action_overdue, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_undated", boardkit_action_undated, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_completed", boardkit_action_completed, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_rag", boardkit_action_rag, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_summary", boardkit_action_summary, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_due_within", boardkit_action_due_within,
     "{\"document\": " NODOC ", \"as_of\": \"2017-02-01\", \"days\": @V}"},
    {"action_carry_forward", boardkit_action_carry_forward,
     "{\"document\": " NODOC ", \"meeting\": @V, \"as_of\": \"2017-02-01\"}"},
    {"action_history", boardkit_action_history, "{\"document\": " NODOC ", \"action\": @V}"},
    {"action_flow_matters_arising", boardkit_action_flow_matters_arising,
     "{\"document\": {\"schema_version\": 1, \"actions\": [{\"id\": \"a\", \"ref\": \"1\","
     " \"description\": \"x\", \"raised_at\": \"m\", \"status\": @V}]}}"},
    {"risk_rate", boardkit_risk_rate, "{\"matrix\": @V, \"likelihood\": 1, \"impact\": 1}"},
    {"risk_grid", boardkit_risk_grid,
     "{\"matrix\": {\"likelihood\": [\"a\"], \"impact\": [\"b\"], \"bands\": [{\"min\": 1,"
     " \"max\": 1, \"rating\": @V}]}}"},
    {"risk_ratings", boardkit_risk_ratings, "{\"register\": @V, \"as_of\": \"2017-02-09\"}"},
    {"risk_heat_map", boardkit_risk_heat_map, "{\"register\": {\"risks\": @V}, \"as_of\": \"2017-02-09\"}"},
    {"risk_reviews", boardkit_risk_reviews,
     "{\"register\": @V, \"as_of\": \"2017-02-09\", \"within_days\": 1}"},
    {"risk_escalations", boardkit_risk_escalations,
     "{\"register\": @V, \"as_of\": \"2017-02-09\", \"threshold\": 1}"},
    {"risk_summary", boardkit_risk_summary,
     "{\"register\": @V, \"as_of\": \"2017-02-09\", \"review_within_days\": 1}"},
    {"budget_apportion", boardkit_budget_apportion, "{\"formula\": {\"kind\": @V}, \"total\": 1}"},
    {"budget_statement", boardkit_budget_statement, "{\"budget\": {\"year\": @V}}"},
    {"budget_year_statement", boardkit_budget_year_statement,
     "{\"document\": " NODOC ", \"body\": @V, \"year\": \"2016/17\"}"},
    {"budget_parse_money", boardkit_budget_parse_money, "{\"text\": @V}"},
    {"budget_format_money", boardkit_budget_format_money, "{\"pence\": @V}"},
    {"scorecard_validate", boardkit_scorecard_validate, "{\"scorecard\": @V}"},
    {"scorecard_summarise", boardkit_scorecard_summarise,
     "{\"scorecard\": {\"id\": \"s\", \"title\": \"t\"}, \"period\": @V}"},
    {"scorecard_rate_per_10000", boardkit_scorecard_rate_per_10000,
     "{\"count\": @V, \"population\": 1}"},
    {"scorecard_share_of_total", boardkit_scorecard_share_of_total, "{\"part\": @V, \"total\": 3}"},
    {"scorecard_change", boardkit_scorecard_change, "{\"previous\": @V, \"current\": 1}"},
    {"scorecard_infer_population", boardkit_scorecard_infer_population,
     "{\"count\": 1, \"rate\": @V}"},
    {"scorecard_direction_of_travel", boardkit_scorecard_direction_of_travel,
     "{\"previous\": 1, \"current\": 2, \"polarity\": @V}"},
    {"scorecard_rag_rating", boardkit_scorecard_rag_rating,
     "{\"value\": 1, \"target\": {\"value\": 1}, \"polarity\": @V}"},
    {"report_attendance", boardkit_report_attendance,
     "{\"document\": " NODOC ", \"body\": @V, \"from\": \"2016-04-01\", \"to\": \"2017-03-31\"}"},
    {"meeting_quorum", boardkit_meeting_quorum, "{\"document\": " NODOC ", \"meeting\": @V}"},
    {"clock_add_working_days", boardkit_clock_add_working_days,
     "{\"nation\": @V, \"from\": \"2022-09-16\", \"working_days\": 5}"},
    {"clock_clear_days", boardkit_clock_clear_days,
     "{\"nation\": \"scotland\", \"from\": @V, \"to\": \"2016-12-12\"}"},
    {"clock_due_by", boardkit_clock_due_by,
     "{\"nation\": \"scotland\", \"event\": \"2017-01-03\", \"clear_days\": 5, \"count\": @V}"},
    {"clock_overdue", boardkit_clock_overdue,
     "{\"nation\": \"scotland\", \"from\": \"2022-09-16\", \"working_days\": 5, \"as_of\": @V}"},
    {"clock_bank_holidays", boardkit_clock_bank_holidays, "{\"nation\": @V, \"year\": 2020}"},
    {"document_validate_record", boardkit_document_validate_record, "{\"kind\": @V, \"record\": {}}"},
    {"action_slipped", boardkit_action_slipped, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_late_completions", boardkit_action_late_completions,
     "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_open_by_owner", boardkit_action_open_by_owner, "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"action_open_by_agency", boardkit_action_open_by_agency,
     "{\"document\": " NODOC ", \"as_of\": @V}"},
    {"budget_allocate_decision", boardkit_budget_allocate_decision,
     "{\"decision\": {\"id\": \"d1\", \"funder\": \"o-pcc\", \"allocation\": {\"kind\": @V},"
     " \"recipients\": [{\"body\": \"b-1\"}]}}"},
    {"document_validate_record (record)", boardkit_document_validate_record,
     "{\"kind\": \"risk\", \"record\": {\"id\": @V, \"title\": @V, \"status\": @V,"
     " \"raised\": {\"date\": @V}}}"},
};

/* The document entry points, with the sentinel in an organisation's sector. */
static const char *DOC_TMPL =
    "{\"schema_version\": 1, \"organisations\": [{\"id\": \"o\", \"name\": \"n\", \"sector\": @V}]}";

static enum BoardkitStatus validate_with_options(const char *doc, char **out) {
    return boardkit_document_validate(doc, "{}", out);
}

static enum BoardkitStatus options_of_validate(const char *options, char **out) {
    return boardkit_document_validate(NODOC, options, out);
}

int main(void) {
    (void)read_file; /* check.h's helper, not needed here */
    char long_value[5100], long_key[140];
    snprintf(long_value, sizeof long_value, "\"ZQX%04990d\"", 7);
    snprintf(long_key, sizeof long_key, "\"ZQX%0100d\"", 7);
    const char *values[] = {
        "\"a\\\"ZQX\\\" after\"", "\"`ZQX` tick\"", "\"\\\\ZQX\\\\ back\"",
        "\"line\\nZQX\\u0000nul\"", "\"2017-02-ZQX\"", "\"ZQX_ident\"", long_value,
    };
    /* Identifier-shaped keys too (a surname, a case number): never named either. */
    const char *keys[] = {"\"ZQX\\u0000key\"", "\"ZQX \\\"quoted\\\"\"", "\"`ZQX`\"", long_key,
                          "\"JaneDoeZQX2017\"", "\"ZQX4857773456\""};
    const size_t nv = sizeof values / sizeof values[0], nk = sizeof keys / sizeof keys[0];

    sentinel_case all[sizeof CASES / sizeof CASES[0] + 5];
    size_t n = 0;
    for (; n < sizeof CASES / sizeof CASES[0]; n++) all[n] = CASES[n];
    all[n++] = (sentinel_case){"document_validate", validate_with_options, DOC_TMPL};
    all[n++] = (sentinel_case){"document_validate (options)", options_of_validate, "{\"as_of\": @V}"};
    all[n++] = (sentinel_case){"document_normalise", boardkit_document_normalise, DOC_TMPL};
    all[n++] = (sentinel_case){"document_public_version", boardkit_document_public_version, DOC_TMPL};
    all[n++] = (sentinel_case){"document_redaction_ledger", boardkit_document_redaction_ledger, DOC_TMPL};

    for (size_t c = 0; c < n; c++) {
        for (size_t v = 0; v < nv; v++) {
            char *req = build(all[c].request, values[v], NULL, 0);
            char *out = NULL;
            enum BoardkitStatus st = all[c].call(req, &out); /* before reading out */
            check_outcome(all[c].name, st, out);
            free(req);
        }
        for (size_t k = 0; k < nk; k++) {
            for (int twice = 0; twice < 2; twice++) {
                char *req = build(all[c].request, "\"ZQX\"", keys[k], twice);
                char *out = NULL;
                enum BoardkitStatus st = all[c].call(req, &out);
                CHECK(st != BOARDKIT_STATUS_OK, "an unknown or repeated key is an error");
                check_outcome(all[c].name, st, out);
                free(req);
            }
        }
    }

    /* The case: a key holding NUL used to fail with a NULL message. */
    char *out = NULL;
    enum BoardkitStatus st = boardkit_budget_parse_money("{\"k\\u0000\": 1, \"text\": \"1\"}", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE, "a NUL key is an invalid value");
    char path[64], message[512];
    CHECK(take_string(boardkit_last_error_path(), path, sizeof path) && strcmp(path, "") == 0,
          "an unknown key is reported at the record that holds it, never by itself");
    CHECK(take_string(boardkit_last_error_message(), message, sizeof message), "it has a message");

    /* A duplicate key on the C path is an error at its path. */
    st = boardkit_document_normalise("{\"schema_version\": 1, \"people\": [], \"people\": []}", &out);
    CHECK(st == BOARDKIT_STATUS_INVALID_VALUE, "a duplicate key is an invalid value");
    CHECK(take_string(boardkit_last_error_path(), path, sizeof path) && strcmp(path, "/people") == 0,
          "at the repeated key");

    printf("sentinel calls: %d\n", calls);
    return finish("test_sentinels");
}
