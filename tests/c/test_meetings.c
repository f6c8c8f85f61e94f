/* boardkit C API: the meeting records as boards keep them (a safeguarding adults board, a grid
 * attendance with an unnamed deputy, a self-deputy) and a rule profile (a severity
 * override and an acknowledged finding) reach C through boardkit_document_validate.
 * Usage: test_meetings [ignored arguments] */
#include "check.h"

static const char *DOC =
    "{\"schema_version\": 2,"
    " \"people\": [{\"id\": \"p1\", \"name\": \"A\"}],"
    " \"bodies\": [{\"id\": \"b\", \"name\": \"Board\", \"kind\": \"safeguarding_adults_board\","
    "   \"members\": [{\"person\": \"p1\", \"category\": \"statutory\"}],"
    "   \"constitution\": {"
    "     \"rule_settings\": [{\"code\": \"meeting.self_deputy\", \"severity\": \"warning\", \"reason\": \"r\"}],"
    "     \"acknowledgements\": [{\"code\": \"meeting.date_inferred\", \"path\": \"/meetings/0/date_basis\","
    "                            \"by\": \"p1\", \"on\": \"2020-01-01\", \"reason\": \"r\"}]}}],"
    " \"meetings\": [{\"id\": \"m\", \"body\": \"b\", \"title\": \"T\", \"date\": \"2020-01-01\","
    "   \"date_basis\": \"inferred\", \"status\": \"held\", \"attendance_record\": \"grid\","
    "   \"attendance_key\": [{\"code\": \"D\", \"status\": \"deputy\"}],"
    "   \"attendance\": [{\"person\": \"p1\", \"status\": \"deputy\", \"deputy_for\": \"p1\"},"
    "                  {\"status\": \"deputy\", \"deputy_for\": \"p1\", \"code\": \"D\"}]}]}";

static void test_profile_and_new_rules(void) {
    char *out = NULL;
    BoardkitStatus s = boardkit_document_validate(DOC, "{}", &out);
    CHECK(s == BOARDKIT_STATUS_OK, "validate a document with the new records");
    CHECK(out && strstr(out, "\"code\":\"meeting.self_deputy\",\"severity\":\"warning\""),
          "self-deputy at the severity the constitution sets");
    CHECK(out && strstr(out, "\"setting\":\"/bodies/0/constitution/rule_settings/0\""),
          "the setting that changed it");
    CHECK(out && strstr(out, "\"acknowledged\":\"/bodies/0/constitution/acknowledgements/0\""),
          "the inferred date is acknowledged");
    CHECK(out && strstr(out, "\"code\":\"meeting.attendance_code_undefined\"") == NULL,
          "the grid code is in the key");
    if (out && !strstr(out, "acknowledged")) fprintf(stderr, "  report: %s\n", out);
    boardkit_string_free(out);
}

/* A field document (a year grid, run from the repository root as tests/c.sh does). */
static void test_field_document(void) {
    char *doc = read_file("examples/data/field/kestrelford-kscb-2016-06-02.json");
    CHECK(doc != NULL, "read the field document");
    if (!doc) return;
    char *out = NULL;
    CHECK(boardkit_document_validate(doc, "{}", &out) == BOARDKIT_STATUS_OK, "validate the field document");
    int undefined = 0;
    for (const char *p = out; p && (p = strstr(p, "meeting.attendance_code_undefined")); p++) undefined++;
    CHECK(undefined == 7, "the seven grid cells marked with a code the key lacks");
    CHECK(out && strstr(out, "/meetings/2/date_basis"), "the inferred date");
    boardkit_string_free(out);
    free(doc);
}

/* Aliases and owners by name (schema version 3): the field document whose owner is
   spelled two ways resolves her through her aliases; the one real owner mismatch stays. */
static void test_aliases(void) {
    char *doc = read_file("examples/data/field/portwell-csp-2016.json");
    CHECK(doc != NULL, "read the aliases field document");
    if (!doc) return;
    char *out = NULL;
    CHECK(boardkit_document_validate(doc, "{}", &out) == BOARDKIT_STATUS_OK, "validate the aliases document");
    CHECK(out && strstr(out, "action.owner_unresolved") == NULL, "the two spellings resolve to one owner");
    CHECK(out && strstr(out, "/actions/3/actioned_by"), "the owner differing from who actions it");
    boardkit_string_free(out);
    free(doc);
}

int main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    (void)take_string;
    test_profile_and_new_rules();
    test_field_document();
    test_aliases();
    return finish("test_meetings");
}
