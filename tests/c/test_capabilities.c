/* boardkit C API: every capability, one good call on the example board document (or small
 * inline JSON) asserting something that could be wrong, and one bad call asserting the
 * status and the JSON Pointer of the last error. Compiled against the committed header.
 *
 * Usage: test_capabilities [OTHER.json] EXAMPLE.json
 *        (the last argument is examples/data/leicester-lscb.json: the Leicester LSCB) */
#include <stdarg.h>

#include "check.h"
#include "capabilities.h" /* generated from the capability table */

/* Every capability has this shape: one JSON request in, one JSON response out. */
typedef BoardkitStatus (*capability_fn)(const char *request_json, char **out_json);

/* ---- pieces of the example document, cut out without a JSON library ---- */

/* The end of the JSON value starting at s (an object, array, string or scalar). */
static const char *value_end(const char *s) {
    int depth = 0;
    int in_string = 0;
    for (; *s; s++) {
        if (in_string) {
            if (*s == '\\' && s[1]) s++;
            else if (*s == '"') {
                in_string = 0;
                if (depth == 0) return s + 1;
            }
            continue;
        }
        switch (*s) {
        case '"': in_string = 1; break;
        case '{': case '[': depth++; break;
        case '}': case ']':
            if (--depth == 0) return s + 1;
            if (depth < 0) return s;
            break;
        case ',': case ' ': case '\n': case '\r': case '\t':
            if (depth == 0) return s; /* the end of a number, true, false or null */
            break;
        default: break;
        }
    }
    return s;
}

static const char *skip_space(const char *s) {
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') s++;
    return s;
}

static char *copy_span(const char *from, const char *to) {
    size_t n = (size_t)(to - from);
    char *out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, from, n);
    out[n] = '\0';
    return out;
}

/* A copy of the value of the first member "key" in json (free it), or NULL. */
static char *member(const char *json, const char *key) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\"", key);
    for (const char *s = json ? strstr(json, needle) : NULL; s; s = strstr(s + 1, needle)) {
        const char *p = skip_space(s + strlen(needle));
        if (*p != ':') continue;
        p = skip_space(p + 1);
        return copy_span(p, value_end(p));
    }
    return NULL;
}

/* A copy of the first element of the JSON array `array` (free it), or NULL. */
static char *first_element(const char *array) {
    if (!array || *array != '[') return NULL;
    const char *p = skip_space(array + 1);
    return copy_span(p, value_end(p));
}

/* ---- requests ---- */

static char *DOC, *REGISTER, *MATRIX, *BUDGET, *SCORECARD;

/* The template with @D (the document), @R (its risk register), @M (the register's
 * matrix), @B (its first budget) and @S (its first scorecard) filled in. Free it. */
static char *fill(const char *t) {
    size_t n = 1;
    for (int pass = 0; pass < 2; pass++) {
        char *out = pass ? malloc(n) : NULL;
        if (pass && !out) return NULL;
        size_t len = 0;
        for (const char *p = t; *p; p++) {
            const char *piece = NULL;
            if (*p == '@') {
                switch (p[1]) {
                case 'D': piece = DOC; break;
                case 'R': piece = REGISTER; break;
                case 'M': piece = MATRIX; break;
                case 'B': piece = BUDGET; break;
                case 'S': piece = SCORECARD; break;
                default: break;
                }
            }
            if (piece) {
                size_t k = strlen(piece);
                if (out) memcpy(out + len, piece, k);
                len += k;
                p++;
            } else {
                if (out) out[len] = *p;
                len++;
            }
        }
        if (out) {
            out[len] = '\0';
            return out;
        }
        n = len + 1;
    }
    return NULL;
}

/* ---- one capability: a good call and a bad call ---- */

typedef struct {
    const char *name;
    capability_fn fn;
    const char *good;          /* request template */
    const char *must[5];       /* substrings the response must hold */
    const char *must_not[3];   /* substrings it must not hold */
    const char *bad;           /* a malformed or wrong-typed request template */
    BoardkitStatus bad_status; /* its status */
    const char *bad_path;      /* the last error's JSON Pointer */
} capability_case;

static int tested = 0;

static void run_case(const capability_case *c) {
    char what[256], buf[512], msg[1024];
    char *out = NULL;
    tested++;

    char *request = fill(c->good);
    BoardkitStatus s = c->fn(request, &out);
    snprintf(what, sizeof what, "%s: good call is OK", c->name);
    CHECK(s == BOARDKIT_STATUS_OK && out != NULL, what);
    if (s != BOARDKIT_STATUS_OK) {
        take_string(boardkit_last_error_message(), msg, sizeof msg);
        fprintf(stderr, "  %s: status %d: %s\n", c->name, (int)s, msg);
    }
    for (int i = 0; i < 5 && c->must[i]; i++) {
        snprintf(what, sizeof what, "%s: response holds %s", c->name, c->must[i]);
        CHECK(out && strstr(out, c->must[i]) != NULL, what);
    }
    for (int i = 0; i < 3 && c->must_not[i]; i++) {
        snprintf(what, sizeof what, "%s: response lacks %s", c->name, c->must_not[i]);
        CHECK(out && strstr(out, c->must_not[i]) == NULL, what);
    }
    if (out && getenv("BOARDKIT_TEST_VERBOSE")) printf("%s -> %.300s\n", c->name, out);
    boardkit_string_free(out);
    free(request);

    request = fill(c->bad);
    out = (char *)1; /* must be overwritten with NULL */
    s = c->fn(request, &out);
    free(request);
    snprintf(what, sizeof what, "%s: bad call has status %d", c->name, (int)c->bad_status);
    CHECK(s == c->bad_status, what);
    snprintf(what, sizeof what, "%s: nothing handed back on failure", c->name);
    CHECK(out == NULL, what);
    snprintf(what, sizeof what, "%s: last error status", c->name);
    CHECK(boardkit_last_error_status() == c->bad_status, what);
    snprintf(what, sizeof what, "%s: last error path is %s", c->name, c->bad_path);
    CHECK(take_string(boardkit_last_error_path(), buf, sizeof buf) && strcmp(buf, c->bad_path) == 0,
          what);
    if (strcmp(buf, c->bad_path) != 0) fprintf(stderr, "  %s: path was \"%s\"\n", c->name, buf);
    snprintf(what, sizeof what, "%s: last error message names the argument", c->name);
    CHECK(take_string(boardkit_last_error_message(), msg, sizeof msg) &&
              (strncmp(msg, "request_json: ", 14) == 0 || strncmp(msg, "document_json: ", 15) == 0),
          what);

    /* the same mistakes every entry point refuses */
    s = c->fn(NULL, &out);
    snprintf(what, sizeof what, "%s: NULL request", c->name);
    CHECK(s == BOARDKIT_STATUS_NULL_ARGUMENT && out == NULL, what);
    s = c->fn("", &out);
    snprintf(what, sizeof what, "%s: empty request", c->name);
    CHECK(s == BOARDKIT_STATUS_EMPTY && out == NULL, what);
    s = c->fn("{", &out);
    snprintf(what, sizeof what, "%s: truncated request", c->name);
    CHECK(s == BOARDKIT_STATUS_SYNTAX && out == NULL, what);
    s = c->fn("{}", NULL);
    snprintf(what, sizeof what, "%s: NULL out_json", c->name);
    CHECK(s == BOARDKIT_STATUS_NULL_ARGUMENT, what);
}

/* ---- checks that need more than substrings ---- */

/* The sum of every "amount": in a response. */
static long long sum_amounts(const char *json) {
    long long sum = 0;
    for (const char *p = json ? strstr(json, "\"amount\":") : NULL; p; p = strstr(p + 1, "\"amount\":"))
        sum += strtoll(p + 9, NULL, 10);
    return sum;
}

static int count_of(const char *json, const char *needle) {
    int n = 0;
    for (const char *p = json ? strstr(json, needle) : NULL; p; p = strstr(p + 1, needle)) n++;
    return n;
}

static void test_apportion_sums_exactly(void) {
    char *out = NULL;
    char *request = fill("{\"formula\": {\"kind\": \"equal\", \"partners\": [\"o-lcc\", \"o-police\","
                         " \"o-ccg\"]}, \"total\": 10000000}");
    CHECK(boardkit_budget_apportion(request, &out) == BOARDKIT_STATUS_OK, "apportion 3 ways");
    CHECK(sum_amounts(out) == 10000000, "three statutory partners' shares sum to the total");
    CHECK(count_of(out, "\"amount\":3333333") == 2 && count_of(out, "\"amount\":3333334") == 1,
          "the odd penny goes to one partner");
    boardkit_string_free(out);
    free(request);

    /* the example budget's own formula: fixed sums for CAFCASS, NPS and the CRC, the rest
     * shared by percentages */
    char *formula = member(BUDGET, "formula");
    char *baseline = member(BUDGET, "baseline");
    size_t n = (formula ? strlen(formula) : 0) + 64;
    request = malloc(n);
    out = NULL;
    if (request && formula && baseline) {
        snprintf(request, n, "{\"formula\": %s, \"total\": %s}", formula, baseline);
        CHECK(boardkit_budget_apportion(request, &out) == BOARDKIT_STATUS_OK, "apportion the example formula");
        CHECK(strcmp(baseline, "29870000") == 0, "the example baseline is 298,700 pounds");
        CHECK(sum_amounts(out) == strtoll(baseline, NULL, 10), "the example shares sum to the baseline");
        CHECK(out && strstr(out, "{\"id\":\"o-cafcass\",\"amount\":59700}"), "fixed sum kept");
        CHECK(out && strstr(out, "{\"id\":\"o-lcc\",\"amount\":13828400}"), "50% of the remainder");
    } else {
        CHECK(0, "the example budget has a formula and a baseline");
    }
    boardkit_string_free(out);
    free(request);
    free(formula);
    free(baseline);
}

static void test_grid_has_every_cell(void) {
    char *out = NULL;
    char *request = fill("{\"matrix\": @M}");
    CHECK(boardkit_risk_grid(request, &out) == BOARDKIT_STATUS_OK, "grid");
    CHECK(count_of(out, "\"score\":") == 25, "a 5x5 matrix has 25 cells");
    boardkit_string_free(out);
    free(request);
}

static void test_flow_twice_adds_nothing(void) {
    char *once = NULL, *twice = NULL;
    char *request = fill("{\"document\": @D}");
    CHECK(boardkit_action_flow_matters_arising(request, &once) == BOARDKIT_STATUS_OK, "flow once");
    free(request);
    char *flowed = member(once, "document");
    size_t n = (flowed ? strlen(flowed) : 0) + 32;
    request = malloc(n);
    if (request && flowed) {
        snprintf(request, n, "{\"document\": %s}", flowed);
        CHECK(boardkit_action_flow_matters_arising(request, &twice) == BOARDKIT_STATUS_OK, "flow twice");
        CHECK(twice && strstr(twice, "\"added\":0}"), "flowing twice adds nothing");
    } else {
        CHECK(0, "the flow hands back a document");
    }
    boardkit_string_free(once);
    boardkit_string_free(twice);
    free(flowed);
    free(request);
}

static const capability_case CASES[] = {
    /* ---- action log, as of 1 Feb 2017 ---- */
    {"boardkit_action_log", boardkit_action_log, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"entries\":[{", "\"totals\":{\"total\":19,\"open\":18,\"overdue\":9,\"undated\":6,\"done\":1}"},
     {0},
     "{\"document\": @D, \"as_of\": \"2017-02-30\"}", BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_action_open", boardkit_action_open, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"id\":\"a-2016-12-08-13\"", "\"id\":\"a-2016-10-20-3.1\""},
     {"\"id\":\"a-2016-12-08-12\"", "\"rag\":\"complete\""},
     "{\"document\": @D, \"as_of\": \"2017-02-01\", \"amber_days\": -3}",
     BOARDKIT_STATUS_INVALID_VALUE, "/amber_days"},
    {"boardkit_action_overdue", boardkit_action_overdue, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"id\":\"a-2016-12-08-14\"", "\"id\":\"a-2016-12-08-01\",\"index\":5,\"ref\":\"3.1\"",
      "\"days_to_due\":-1,\"overdue\":true"},
     {"\"id\":\"a-2016-12-08-12\"", "\"id\":\"a-2016-12-08-13\"", "\"overdue\":false"},
     "{\"document\": @D, \"as_of\": \"2017-02-01\", \"extra\": 1}", BOARDKIT_STATUS_INVALID_VALUE, ""},
    {"boardkit_action_undated", boardkit_action_undated, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"id\":\"a-2016-12-08-06\"", "\"rag_reason\":\"undated\""},
     {"\"id\":\"a-2016-12-08-14\"", "\"undated\":false"},
     "{\"document\": @D, \"as_of\": 20170201}", BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_action_completed", boardkit_action_completed, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"id\":\"a-2016-12-08-12\"", "\"rag\":\"complete\""},
     {"\"id\":\"a-2016-12-08-14\"", "\"status\":\"open\""},
     "{\"document\": [], \"as_of\": \"2017-02-01\"}", BOARDKIT_STATUS_INVALID_VALUE, "/document"},
    {"boardkit_action_rag", boardkit_action_rag, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"rag\":\"red\",\"rag_reason\":\"overdue\"", "\"rag\":\"green\",\"rag_reason\":\"on_track\"",
      "\"rag\":\"amber\",\"rag_reason\":\"undated\"", "\"rag\":\"complete\",\"rag_reason\":\"done\""},
     {0},
     "{\"document\": @D, \"as_of\": \"2017-02-01\", \"amber_days\": \"two weeks\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/amber_days"},
    {"boardkit_action_summary", boardkit_action_summary, "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"\"totals\":{\"total\":19,\"open\":18,\"overdue\":9,\"undated\":6,\"done\":1}",
      "\"by_owner\":[{\"owner\":{\"person\":", "{\"status\":\"completed\",\"count\":1}"},
     {0},
     "{\"document\": @D, \"as_of\": null}", BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_action_due_within", boardkit_action_due_within,
     "{\"document\": @D, \"as_of\": \"2017-02-01\", \"days\": 28}",
     {"\"id\":\"a-2016-12-08-04\"", "\"id\":\"a-2016-12-08-13\""},
     {"\"id\":\"a-2016-12-08-14\"", "\"id\":\"a-2016-12-08-08\""},
     "{\"document\": @D, \"as_of\": \"2017-02-01\", \"days\": \"soon\"}", BOARDKIT_STATUS_INVALID_VALUE, "/days"},
    {"boardkit_action_carry_forward", boardkit_action_carry_forward,
     "{\"document\": @D, \"meeting\": \"m-2016-12-08\", \"as_of\": \"2017-02-01\"}",
     {"\"next_meeting\":\"m-2017-02-09\"", "\"action\":\"a-2016-12-08-13\"",
      "{\"action_ref\":\"3.1\",\"action\":\"a-2016-10-20-3.1\",\"status\":\"outstanding\"}"},
     {"\"action\":\"a-2016-12-08-12\""},
     "{\"document\": @D, \"meeting\": \"m-1999-01-01\", \"as_of\": \"2017-02-01\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/meeting"},
    {"boardkit_action_history", boardkit_action_history, "{\"document\": @D, \"action\": \"a-2016-12-08-12\"}",
     {"\"status\":\"completed\",\"events\":[", "\"source\":\"closed_on\",\"path\":\"/actions/16/closed_on\""},
     {0},
     "{\"document\": @D, \"action\": \"a-nowhere\"}", BOARDKIT_STATUS_INVALID_VALUE, "/action"},
    {"boardkit_action_flow_matters_arising", boardkit_action_flow_matters_arising, "{\"document\": @D}",
     {"\"added\":5}", "{\"document\":{\"schema_version\":7,"},
     {0},
     "{\"document\": @D, \"as_of\": \"2017-02-01\"}", BOARDKIT_STATUS_INVALID_VALUE, ""},

    /* ---- risk register ---- */
    {"boardkit_risk_rate", boardkit_risk_rate, "{\"matrix\": @M, \"likelihood\": 5, \"impact\": 5}",
     {"{\"score\":25,\"band\":2,\"rating\":\"red\",\"label\":\"High\",\"top_band\":true}"},
     {0},
     "{\"matrix\": @M, \"likelihood\": 6, \"impact\": 5}", BOARDKIT_STATUS_INVALID_VALUE, "/likelihood"},
    {"boardkit_risk_grid", boardkit_risk_grid, "{\"matrix\": @M}",
     {"\"likelihood_levels\":5,\"impact_levels\":5,\"max_score\":25,\"top_band\":2",
      "{\"likelihood\":3,\"impact\":5,\"score\":15,\"band\":2,\"rating\":\"red\"}"},
     {0},
     "{\"matrix\": {\"likelihood\": [\"Rare\"], \"impact\": [\"Minor\"], \"bands\": []}}",
     BOARDKIT_STATUS_CONFIG, "/matrix/bands"},
    {"boardkit_risk_ratings", boardkit_risk_ratings, "{\"register\": @R, \"as_of\": \"2017-02-09\"}",
     {"\"id\":\"r-domestic-abuse-understanding\"", "\"score\":12,\"rating\":\"amber\",\"band_label\":\"Medium\"",
      "\"id\":\"r-ethnicity\",\"index\":2,\"status\":\"deferred\",\"live\":false"},
     {"\"rating\":\"red\""},
     "{\"register\": @R, \"as_of\": \"9 February 2017\"}", BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_risk_heat_map", boardkit_risk_heat_map, "{\"register\": @R, \"as_of\": \"2017-02-09\"}",
     {"{\"likelihood\":3,\"impact\":3,\"score\":9,\"rating\":\"amber\",\"count\":1,\"risks\":[\"r-early-help-remodelling\"]}",
      "\"scored\":2,\"unscored\":[]"},
     {0},
     "{\"register\": [], \"as_of\": \"2017-02-09\"}", BOARDKIT_STATUS_INVALID_VALUE, "/register"},
    {"boardkit_risk_reviews", boardkit_risk_reviews,
     "{\"register\": @R, \"as_of\": \"2017-02-09\", \"within_days\": 60}",
     {"\"due\":[{\"id\":\"r-early-help-remodelling\",\"index\":0,\"review_due\":\"2017-03-23\",\"days\":42}",
      "\"deferred\":[{\"id\":\"r-ethnicity\""},
     {"\"overdue\":[{"},
     "{\"register\": @R, \"as_of\": \"2017-02-09\", \"within_days\": -1}",
     BOARDKIT_STATUS_INVALID_VALUE, "/within_days"},
    {"boardkit_risk_escalations", boardkit_risk_escalations,
     "{\"register\": @R, \"as_of\": \"2017-02-09\", \"threshold\": 10}",
     {"\"threshold\":10,\"risks\":[{\"id\":\"r-domestic-abuse-understanding\""},
     {"\"id\":\"r-early-help-remodelling\""},
     "{\"register\": @R, \"as_of\": \"2017-02-09\", \"threshold\": \"high\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/threshold"},
    {"boardkit_risk_summary", boardkit_risk_summary,
     "{\"register\": @R, \"as_of\": \"2017-02-09\", \"review_within_days\": 60}",
     {"\"by_status\":{\"proposed\":0,\"deferred\":1,\"open\":2,\"escalated\":0,\"closed\":0},\"live\":2",
      "\"escalation_threshold\":15,\"above_threshold\":[]", "\"lines\":[\""},
     {0},
     "{\"register\": @R, \"as_of\": \"2017-02-09\", \"review_within_days\": 1.5}",
     BOARDKIT_STATUS_INVALID_VALUE, "/review_within_days"},

    /* ---- budget ---- */
    {"boardkit_budget_apportion", boardkit_budget_apportion,
     "{\"formula\": {\"kind\": \"percentages\", \"shares\": [{\"organisation\": \"o-lcc\", \"basis_points\": 5000},"
     " {\"organisation\": \"o-police\", \"basis_points\": 2500}, {\"organisation\": \"o-ccg\", \"basis_points\": 2500}]},"
     " \"total\": 29870000}",
     {"{\"total\":29870000,\"shares\":[{\"id\":\"o-lcc\",\"amount\":14935000},"
      "{\"id\":\"o-police\",\"amount\":7467500},{\"id\":\"o-ccg\",\"amount\":7467500}]}"},
     {0},
     "{\"formula\": {\"kind\": \"equal\", \"partners\": [\"o-lcc\", \"o-lcc\"]}, \"total\": 100}",
     BOARDKIT_STATUS_CONFIG, "/formula/partners/1"},
    /* ---- log queries and a funder's decision ---- */
    {"boardkit_action_open_by_owner", boardkit_action_open_by_owner,
     "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"{\"owner\":{\"person\":\"p-ct\"},\"actions\":[\"a-2016-12-08-01\",\"a-2016-12-08-03\"]}",
      "{\"owner\":{\"group\":\"g-lscb-office\"},"},
     {"\"a-2016-12-08-12\""},
     "{\"document\": @D, \"as_of\": \"2017-02-30\"}", BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_action_open_by_agency", boardkit_action_open_by_agency,
     "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"{\"organisation\":\"o-police\",\"actions\":[\"a-2016-12-08-02\"]}",
      "{\"organisation\":\"o-lcc\",\"actions\":[\"a-2016-12-08-01\",\"a-2016-12-08-03\"]}"},
     {"\"a-2016-12-08-12\""},
     "{\"document\": @D}", BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_action_slipped", boardkit_action_slipped,
     "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"[]"},
     {"\"slips\""},
     "{\"document\": @D, \"as_of\": \"2017-02-01\", \"extra\": 1}", BOARDKIT_STATUS_INVALID_VALUE, ""},
    {"boardkit_action_late_completions", boardkit_action_late_completions,
     "{\"document\": @D, \"as_of\": \"2017-02-01\"}",
     {"[]"},
     {"\"days_late\""},
     "{\"document\": 7, \"as_of\": \"2017-02-01\"}", BOARDKIT_STATUS_INVALID_VALUE, "/document"},
    {"boardkit_budget_allocate_decision", boardkit_budget_allocate_decision,
     "{\"decision\": {\"id\": \"d1\", \"funder\": \"o-pcc\", \"allocation\": {\"kind\": \"per_area\", "
     "\"amount\": 2750000}, \"recipients\": [{\"body\": \"b-1\"}, {\"body\": \"b-2\", \"areas\": 2, "
     "\"boards\": [{\"body\": \"b-c\", \"basis_points\": 6000}, {\"body\": \"b-a\", \"basis_points\": 4000}]}], "
     "\"central\": [{\"amount\": 2000000}]}}",
     {"\"amount\":5500000,\"boards\":[{\"id\":\"b-c\",\"amount\":3300000},{\"id\":\"b-a\",\"amount\":2200000}]",
      "\"central\":2000000", "\"total\":10250000"},
     {0},
     "{\"decision\": {\"id\": \"d1\", \"funder\": \"o-pcc\", \"allocation\": {\"kind\": \"agreed\"}, "
     "\"recipients\": [{\"body\": \"b-1\"}]}}", BOARDKIT_STATUS_CONFIG, "/decision/recipients/0/amount"},
    {"boardkit_budget_statement", boardkit_budget_statement, "{\"budget\": @B}",
     {"\"year\":\"2016/17\",\"body\":\"b-lscb\",\"baseline\":29870000",
      "\"funds_available\":36901700", "\"position\":\"balanced\"",
      "{\"organisation\":\"o-ccg\",\"formula\":5531360,\"joint\":2364840,"},
     {0},
     "{\"budget\": {\"year\": \"2016/17\"}}", BOARDKIT_STATUS_INVALID_VALUE, "/budget/body"},
    {"boardkit_budget_year_statement", boardkit_budget_year_statement,
     "{\"document\": @D, \"body\": \"b-lscb\", \"year\": \"2016/17\"}",
     {"\"year\":\"2016/17\",\"body\":\"b-lscb\",\"baseline\":29870000", "\"reserves_closing\":2000000"},
     {0},
     "{\"document\": @D, \"body\": \"b-lscb\", \"year\": \"2019/20\"}", BOARDKIT_STATUS_INVALID_VALUE, "/year"},
    {"boardkit_budget_parse_money", boardkit_budget_parse_money, "{\"text\": \"-\xc2\xa3" "49,000\"}",
     {"{\"pence\":-4900000,\"text\":\"-\xc2\xa3" "49,000\"}"},
     {0},
     "{\"text\": 49000}", BOARDKIT_STATUS_INVALID_VALUE, "/text"},
    {"boardkit_budget_format_money", boardkit_budget_format_money, "{\"pence\": 123456}",
     {"{\"pence\":123456,\"text\":\"\xc2\xa3" "1,234.56\"}"},
     {0},
     "{\"pence\": 1.5}", BOARDKIT_STATUS_INVALID_VALUE, "/pence"},

    /* ---- scorecard ---- */
    {"boardkit_scorecard_validate", boardkit_scorecard_validate, "{\"scorecard\": @S}",
     {"{\"code\":\"scorecard.rate_without_population\",\"severity\":\"warning\","
      "\"path\":\"/indicators/1/values/0/population\""},
     {"\"severity\":\"error\""},
     "{\"scorecard\": {\"id\": \"sc-x\"}}", BOARDKIT_STATUS_INVALID_VALUE, "/scorecard/title"},
    {"boardkit_scorecard_summarise", boardkit_scorecard_summarise, "{\"scorecard\": @S, \"period\": \"2016-04\"}",
     {"{\"id\":\"i-cpp\",\"period\":\"2016-04\",\"period_label\":\"2016/17\",\"value\":408,"
      "\"previous_period\":\"2015-04\",\"previous_value\":518,\"change\":-110,\"percent_change\":-21,"
      "\"travel\":{\"movement\":\"down\",\"direction\":\"improving\"}"},
     {0},
     "{\"scorecard\": @S, \"period\": \"2016-13\"}", BOARDKIT_STATUS_INVALID_VALUE, "/period"},
    {"boardkit_scorecard_rate_per_10000", boardkit_scorecard_rate_per_10000,
     "{\"count\": 408, \"population\": 81750, \"places\": 1}", {"{\"rate\":49.9}"}, {0},
     "{\"count\": 408, \"population\": 0}", BOARDKIT_STATUS_INVALID_VALUE, "/population"},
    {"boardkit_scorecard_share_of_total", boardkit_scorecard_share_of_total,
     "{\"part\": 1, \"total\": 3, \"places\": 1}", {"{\"percent\":33.3}"}, {0},
     "{\"part\": -1, \"total\": 3}", BOARDKIT_STATUS_INVALID_VALUE, "/part"},
    {"boardkit_scorecard_change", boardkit_scorecard_change,
     "{\"previous\": 518, \"current\": 408}", {"{\"change\":-110,\"percent_change\":-21}"}, {0},
     "{\"previous\": \"five\", \"current\": 408}", BOARDKIT_STATUS_INVALID_VALUE, "/previous"},
    {"boardkit_scorecard_infer_population", boardkit_scorecard_infer_population,
     "{\"count\": 2240, \"rate\": 274}", {"{\"estimate\":81752,\"min\":81603,\"max\":81901}"}, {0},
     "{\"count\": 2240, \"rate\": 0}", BOARDKIT_STATUS_INVALID_VALUE, "/rate"},
    {"boardkit_scorecard_direction_of_travel", boardkit_scorecard_direction_of_travel,
     "{\"previous\": 518, \"current\": 408, \"polarity\": \"lower_is_better\", \"threshold\": {\"relative_percent\": 5}}",
     {"{\"movement\":\"down\",\"direction\":\"improving\"}"}, {0},
     "{\"previous\": 518, \"current\": 408, \"polarity\": \"down\"}", BOARDKIT_STATUS_INVALID_VALUE, "/polarity"},
    {"boardkit_scorecard_rag_rating", boardkit_scorecard_rag_rating,
     "{\"value\": 78, \"target\": {\"value\": 80, \"tolerance\": 5}, \"polarity\": \"higher_is_better\"}",
     {"{\"rag\":\"amber\"}"}, {0},
     "{\"value\": 78, \"target\": {\"value\": 80, \"tol\": 5}, \"polarity\": \"higher_is_better\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/target"},

    /* ---- reports ---- */
    {"boardkit_report_attendance", boardkit_report_attendance,
     "{\"document\": @D, \"body\": \"b-lscb\", \"from\": \"2016-04-01\", \"to\": \"2017-03-31\"}",
     {"\"threshold_percent\":75,\"meetings_held\":1,\"meetings\":[\"m-2016-12-08\"],\"not_recorded\":[\"m-2016-10-20\"]",
      "\"agencies\":[{\"row\":", "\"row\":{\"organisation\":\"o-lcc\"}", "\"members\":[{\"person\":"},
     {0},
     "{\"document\": @D, \"body\": \"b-lscb\", \"from\": \"2017-04-01\", \"to\": \"2017-03-31\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/to"},

    /* ---- statutory clocks (more cases in tests/c/test_clock.c) ---- */
    {"boardkit_clock_add_working_days", boardkit_clock_add_working_days,
     "{\"nation\": \"england-and-wales\", \"from\": \"2022-09-16\", \"working_days\": 5}",
     {"{\"date\":\"2022-09-26\"}"}, {0},
     "{\"nation\": \"england-and-wales\", \"from\": \"2006-09-16\", \"working_days\": 5}",
     BOARDKIT_STATUS_INVALID_VALUE, "/from"},
    {"boardkit_clock_clear_days", boardkit_clock_clear_days,
     "{\"nation\": \"scotland\", \"from\": \"2016-12-05\", \"to\": \"2016-12-12\"}",
     {"{\"clear_days\":6,\"clear_working_days\":4}"}, {0},
     "{\"nation\": \"scotland\", \"from\": \"2016-12-05\", \"to\": \"2016-12-04\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/to"},
    {"boardkit_clock_due_by", boardkit_clock_due_by,
     "{\"nation\": \"england-and-wales\", \"event\": \"2017-01-03\", \"clear_days\": 5, \"count\": \"working_days\"}",
     {"{\"due_by\":\"2016-12-21\",\"last_working_day\":\"2016-12-21\"}"}, {0},
     "{\"nation\": \"england-and-wales\", \"event\": \"2017-01-03\", \"clear_days\": 5, \"count\": \"weeks\"}",
     BOARDKIT_STATUS_INVALID_VALUE, "/count"},
    {"boardkit_clock_overdue", boardkit_clock_overdue,
     "{\"nation\": \"england-and-wales\", \"from\": \"2022-09-16\", \"working_days\": 5, \"as_of\": \"2022-09-28\"}",
     {"{\"due\":\"2022-09-26\",\"overdue\":true,\"working_days_overdue\":2}"}, {0},
     "{\"nation\": \"england-and-wales\", \"from\": \"2022-09-16\", \"working_days\": 5}",
     BOARDKIT_STATUS_INVALID_VALUE, "/as_of"},
    {"boardkit_clock_bank_holidays", boardkit_clock_bank_holidays,
     "{\"nation\": \"england-and-wales\", \"year\": 2022}",
     {"{\"date\":\"2022-09-19\",\"holiday\":\"state_funeral\",\"substitute\":false}"}, {"st_andrews_day"},
     "{\"nation\": \"england-and-wales\", \"year\": 2006}", BOARDKIT_STATUS_INVALID_VALUE, "/year"},

    /* ---- document level ---- */
    {"boardkit_document_public_version", boardkit_document_public_version,
     "{\"schema_version\": 1, \"bodies\": [{\"id\": \"b-x\", \"name\": \"Board\", \"kind\": \"board\"}],"
     " \"meetings\": [{\"id\": \"m1\", \"body\": \"b-x\", \"title\": \"Board meeting\", \"date\": \"2016-12-08\","
     " \"status\": \"held\", \"agenda\": [{\"number\": \"1\", \"title\": \"Serious case review: child S\","
     " \"confidential\": true}, {\"number\": \"2\", \"title\": \"Annual report\"}]}]}",
     {"{\"number\":\"1\",\"title\":\"Confidential item\",\"confidential\":true}",
      "{\"number\":\"2\",\"title\":\"Annual report\"}"},
     {"child S"},
     "{\"schema_version\": 1, \"meetings\": 7}", BOARDKIT_STATUS_INVALID_VALUE, "/meetings"},
    {"boardkit_meeting_quorum", boardkit_meeting_quorum, "{\"document\": @D, \"meeting\": \"m-2016-12-08\"}",
     {"{\"meeting\":\"m-2016-12-08\",\"body\":\"b-lscb\",\"quorum\":{\"voting_members\":26,"
      "\"voting_present\":16,\"required\":13,\"missing_statutory_partners\":[],\"quorate\":true}}"},
     {0},
     "{\"document\": @D, \"meeting\": \"m-1999-01-01\"}", BOARDKIT_STATUS_INVALID_VALUE, "/meeting"},
    {"boardkit_document_validate_record", boardkit_document_validate_record,
     "{\"kind\": \"action\", \"context\": @D, \"as_of\": \"2017-02-01\", \"record\": {\"id\": \"a-form\","
     " \"ref\": \"4.2\", \"description\": \"Spotlight on the response to child D\", \"owners\": [{\"initials\": \"SG\"}],"
     " \"raised_at\": \"m-2016-12-08\", \"due\": \"2016-11-30\"}}",
     {"{\"code\":\"action.due_before_raised\",\"severity\":\"error\",\"path\":\"/due\""},
     {"child D", "/actions/"},
     "{\"kind\": \"actions\", \"record\": {\"id\": \"a\", \"ref\": \"1\", \"description\": \"x\","
     " \"raised_at\": \"m1\", \"due\": \"2017-02-31\"}}", BOARDKIT_STATUS_INVALID_VALUE, "/kind"},
};

/* Every request capability of the table (tests/c/capabilities.h, generated) has a row in
 * CASES above, and every row is a C function of the table. */
static void test_cases_are_the_table(void) {
#define NAME(f) #f,
    static const char *const table[] = {BOARDKIT_REQUEST_CAPABILITIES(NAME)};
    static const char *const every[] = {BOARDKIT_C_FUNCTIONS(NAME)};
#undef NAME
    size_t nt = sizeof table / sizeof table[0], nc = sizeof CASES / sizeof CASES[0];
    size_t ne = sizeof every / sizeof every[0];
    char what[160];
    for (size_t t = 0; t < nt; t++) {
        int found = 0;
        for (size_t c = 0; c < nc; c++) found |= strcmp(CASES[c].name, table[t]) == 0;
        snprintf(what, sizeof what, "CASES has a row for %s (a capability of the table)", table[t]);
        CHECK(found, what);
    }
    for (size_t c = 0; c < nc; c++) {
        int found = 0;
        for (size_t e = 0; e < ne; e++) found |= strcmp(CASES[c].name, every[e]) == 0;
        snprintf(what, sizeof what, "CASES row %s is a C function of the table", CASES[c].name);
        CHECK(found, what);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s [OTHER.json] EXAMPLE.json\n", argv[0]);
        return 2;
    }
    DOC = read_file(argv[argc - 1]);
    CHECK(DOC != NULL, "read the example document");
    REGISTER = member(DOC, "risk_register");
    MATRIX = member(REGISTER, "matrix");
    char *budgets = member(DOC, "budgets");
    BUDGET = first_element(budgets);
    char *scorecards = member(DOC, "scorecards");
    SCORECARD = first_element(scorecards);
    CHECK(REGISTER && MATRIX && BUDGET && SCORECARD,
          "the example document has a risk register, a budget and a scorecard");

    if (DOC && REGISTER && MATRIX && BUDGET && SCORECARD) {
        size_t n = sizeof CASES / sizeof CASES[0];
        for (size_t i = 0; i < n; i++) run_case(&CASES[i]);
        test_apportion_sums_exactly();
        test_grid_has_every_cell();
        test_flow_twice_adds_nothing();
        test_cases_are_the_table();
        printf("capabilities tested: %d\n", tested);
    }

    free(DOC);
    free(REGISTER);
    free(MATRIX);
    free(budgets);
    free(BUDGET);
    free(scorecards);
    free(SCORECARD);
    return finish("test_capabilities");
}
