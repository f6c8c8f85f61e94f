/* boardkit C API: the statutory rules (clocks and duties the law sets), and the duties of a partnership as a
 * body (board.*), reach C through
 * boardkit_document_validate. One case per rule: a document that breaks it gives its
 * finding (code, severity, path), and the smallest edit of it gives none.
 * Usage: test_statutory [ignored arguments] */
#include "check.h"

/* The document: nation, constitution extra, meeting extra, decision extra, exemption. */
static const char *FORMAT =
    "{\"schema_version\": 5,"
    " \"people\": [{\"id\": \"p-chair\", \"name\": \"Chair Person\", \"initials\": \"CP\"},"
    "             {\"id\": \"p-pol\", \"name\": \"Police Head\", \"initials\": \"PH\"}],"
    " \"bodies\": [{\"id\": \"b1\", \"name\": \"Committee\", \"kind\": \"council_committee\","
    "   \"members\": [{\"person\": \"p-chair\", \"category\": \"statutory\"},"
    "               {\"person\": \"p-pol\", \"category\": \"statutory\"}],"
    "   \"constitution\": {\"nation\": \"%s\"%s}}],"
    " \"meetings\": [{\"id\": \"m1\", \"body\": \"b1\", \"title\": \"Meeting\", \"date\": \"2016-10-20\","
    "   \"status\": \"minutes_approved\"%s,"
    "   \"agenda\": [{\"number\": \"1\", \"title\": \"Report\","
    "                \"decisions\": [{\"kind\": \"agreed\", \"text\": \"Agreed.\"%s}]},"
    "              {\"number\": \"2\", \"title\": \"Exempt report\", \"confidential\": true,"
    "               \"exemption\": {%s}}]}]}";

#define PI "\"public_interest\": \"Disclosure would identify a family.\""
#define DECLARED                                                                         \
    ", \"declarations\": {\"entries\": [{\"person\": {\"person\": \"p-pol\"}, \"item\": \"1\","  \
    " \"nature\": \"Spouse employed by a provider.\", \"kind\": \"disclosable_pecuniary\""
#define PROPOSED ", \"proposer\": {\"person\": \"p-pol\"}"
#define CALLED_IN                                                                        \
    ", \"access\": {\"key\": true, \"notice_published\": \"2016-10-21\","               \
    " \"implemented_on\": \"2016-11-01\"}"

struct Side {
    const char *nation, *constitution, *meeting, *decision, *exemption;
};

struct Case {
    const char *code, *severity, *path;
    struct Side breaks, holds;
};

static const struct Case CASES[] = {
    {"meeting.exempt_paragraph_unknown", "error", "/meetings/0/agenda/1/exemption/paragraph",
     {"wales", "", "", "", "\"paragraph\": 2, " PI},
     {"wales", "", "", "", "\"paragraph\": 13, " PI}},
    {"meeting.exempt_paragraph_outdated", "warning", "/meetings/0/agenda/1/exemption/paragraph",
     {"england", "", "", "", "\"paragraph\": 12, " PI},
     {"england", "", "", "", "\"paragraph\": 1, " PI}},
    {"meeting.exempt_public_interest_missing", "warning",
     "/meetings/0/agenda/1/exemption/public_interest",
     {"england", "", "", "", "\"paragraph\": 2"},
     {"england", "", "", "", "\"paragraph\": 2, " PI}},
    {"meeting.exempt_review_overdue", "warning", "/meetings/0/agenda/1/exemption/review_by",
     {"england", "", "", "", "\"paragraph\": 2, \"review_by\": \"2017-01-31\", " PI},
     {"england", "", "", "", "\"paragraph\": 2, \"review_by\": \"2017-02-01\", " PI}},
    {"meeting.interest_took_part", "error", "/meetings/0/agenda/0/decisions/0/proposer",
     {"england", "", DECLARED "}]}", PROPOSED, "\"paragraph\": 2, " PI},
     {"england", "", DECLARED ", \"dispensation\": true}]}", PROPOSED, "\"paragraph\": 2, " PI}},
    {"meeting.papers_published_late", "warning", "/meetings/0/papers_published",
     {"england", "", ", \"papers_published\": \"2016-10-13\"", "", "\"paragraph\": 2, " PI},
     {"england", "", ", \"papers_published\": \"2016-10-12\"", "", "\"paragraph\": 2, " PI}},
    {"meeting.minutes_published_late", "warning", "/meetings/0/minutes_published",
     {"england", ", \"thresholds\": {\"minutes_publish_working_days\": 10}",
      ", \"minutes_published\": \"2016-11-04\"", "", "\"paragraph\": 2, " PI},
     {"england", ", \"thresholds\": {\"minutes_publish_working_days\": 10}",
      ", \"minutes_published\": \"2016-11-03\"", "", "\"paragraph\": 2, " PI}},
    {"meeting.implemented_during_call_in", "warning",
     "/meetings/0/agenda/0/decisions/0/access/implemented_on",
     {"england", ", \"thresholds\": {\"call_in_working_days\": 10}", "", CALLED_IN,
      "\"paragraph\": 2, " PI},
     {"england", ", \"thresholds\": {\"call_in_working_days\": 3}", "", CALLED_IN,
      "\"paragraph\": 2, " PI}},
};

/* The body duties (board.*): a partnership of a kind, with its statutory record. */
static const char *BODY_FORMAT =
    "{\"schema_version\": 7,"
    " \"people\": [{\"id\": \"p-dcs\", \"name\": \"Director Person\", \"initials\": \"DP\"}],"
    " \"bodies\": [{\"id\": \"b1\", \"name\": \"Partnership\", \"kind\": \"%s\","
    "   \"statutory\": {%s}}], \"meetings\": []}";

#define SCP "safeguarding_children_partnership"
#define SAB "safeguarding_adults_board"
#define SO(p) "{\"partner\": \"" p "\", \"on\": \"2024-09-01\"}"
#define LA "local_authority"
#define ICB "integrated_care_board"
#define POL "chief_officer_of_police"

struct BodyCase {
    const char *code, *path;
    const char *kind_breaks, *breaks, *kind_holds, *holds;
};

static const struct BodyCase BODY_CASES[] = {
    {"board.lead_partner_missing", "/bodies/0/statutory/lead_partners",
     SCP, "\"lead_partners\": [{\"partner\": \"" LA "\", \"lead\": \"p-dcs\"}]",
     "board", "\"lead_partners\": [{\"partner\": \"" LA "\", \"lead\": \"p-dcs\"}]"},
    {"board.partner_sign_off_missing", "/bodies/0/statutory/funding_arrangements/0/partner_sign_offs",
     SCP, "\"funding_arrangements\": [{\"partner_sign_offs\": [" SO(LA) ", " SO(ICB) "]}]",
     SCP, "\"funding_arrangements\": [{\"partner_sign_offs\": [" SO(LA) ", " SO(ICB) ", " SO(POL) "]}]"},
    {"board.annual_report_content_missing", "/bodies/0/statutory/yearly_reports/0/contents",
     SAB, "\"yearly_reports\": [{\"contents\": [\"objective\", \"strategy\"]}]",
     SAB, "\"yearly_reports\": [{\"published\": \"2024-09-30\"}]"},
    {"board.annual_report_recipient_missing", "/bodies/0/statutory/yearly_reports/0/sent_to",
     SAB, "\"yearly_reports\": [{\"sent_to\": [\"local_healthwatch\"]}]",
     SCP, "\"yearly_reports\": [{\"sent_to\": [\"local_healthwatch\"]}]"},
};

/* Validate one body document; the report (caller frees) or NULL. */
static char *validate_body(const char *kind, const char *statutory) {
    char doc[4096];
    int n = snprintf(doc, sizeof doc, BODY_FORMAT, kind, statutory);
    if (n < 0 || (size_t)n >= sizeof doc) return NULL;
    char *out = NULL;
    BoardkitStatus st = boardkit_document_validate(doc, "{}", &out);
    if (st != BOARDKIT_STATUS_OK) {
        fprintf(stderr, "  status %d: %s\n", (int)st, out ? out : "");
        boardkit_string_free(out);
        return NULL;
    }
    return out;
}

static void test_body_case(const struct BodyCase *c) {
    char want[512], code[256], what[512];
    snprintf(want, sizeof want, "\"code\":\"%s\",\"severity\":\"warning\",\"path\":\"%s\"",
             c->code, c->path);
    snprintf(code, sizeof code, "\"code\":\"%s\"", c->code);
    char *out = validate_body(c->kind_breaks, c->breaks);
    snprintf(what, sizeof what, "%s breaks", c->code);
    CHECK(out && strstr(out, want), what);
    if (out && !strstr(out, want)) fprintf(stderr, "  report: %s\n", out);
    boardkit_string_free(out);
    out = validate_body(c->kind_holds, c->holds);
    snprintf(what, sizeof what, "%s holds", c->code);
    CHECK(out && !strstr(out, code), what);
    boardkit_string_free(out);
}

/* Validate one side as of 2017-02-01; the report (caller frees) or NULL. */
static char *validate(const struct Side *s) {
    char doc[4096];
    int n = snprintf(doc, sizeof doc, FORMAT, s->nation, s->constitution, s->meeting, s->decision,
                     s->exemption);
    if (n < 0 || (size_t)n >= sizeof doc) return NULL;
    char *out = NULL;
    BoardkitStatus st = boardkit_document_validate(doc, "{\"as_of\": \"2017-02-01\"}", &out);
    if (st != BOARDKIT_STATUS_OK) {
        fprintf(stderr, "  status %d: %s\n", (int)st, out ? out : "");
        boardkit_string_free(out);
        return NULL;
    }
    return out;
}

static void test_case(const struct Case *c) {
    char want[512], code[256], what[512];
    snprintf(want, sizeof want, "\"code\":\"%s\",\"severity\":\"%s\",\"path\":\"%s\"", c->code,
             c->severity, c->path);
    snprintf(code, sizeof code, "\"code\":\"%s\"", c->code);
    char *out = validate(&c->breaks);
    snprintf(what, sizeof what, "%s breaks", c->code);
    CHECK(out && strstr(out, want), what);
    if (out && !strstr(out, want)) fprintf(stderr, "  report: %s\n", out);
    boardkit_string_free(out);
    out = validate(&c->holds);
    snprintf(what, sizeof what, "%s holds", c->code);
    CHECK(out && !strstr(out, code), what);
    boardkit_string_free(out);
}

int main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    (void)take_string;
    (void)read_file;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) test_case(&CASES[i]);
    for (size_t i = 0; i < sizeof BODY_CASES / sizeof BODY_CASES[0]; i++)
        test_body_case(&BODY_CASES[i]);
    return finish("test_statutory");
}
