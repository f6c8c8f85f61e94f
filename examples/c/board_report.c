/* board_report: the kind of program a case-management developer writes against boardkit.
 *
 * Loads a board document (JSON) and
 *   1. validates it as of a date, printing every finding with the meaning of its rule;
 *   2. lists the actions overdue as of that date (boardkit never reads the clock: the
 *      date comes from the command line);
 *   3. apportions the board's budget: each partner's contribution under the funding
 *      formula of the document's first budget, and, when a TOTAL is given, that total
 *      split equally among the statutory partners (council, police, health);
 * then frees everything boardkit handed back.
 *
 *   build:  make -C examples/c
 *   run:    examples/c/board_report DOCUMENT.json [AS_OF [TOTAL]]
 *           e.g. examples/c/board_report examples/data/leicester-lscb.json 2017-02-09 "£120,000"
 *
 * Exit status: 0 the document was validated (findings or not), 1 usage or file error,
 * 2 the file is not a board document (the message names the JSON Pointer of the value),
 * 3 a later step failed (the message names the JSON Pointer of the value).
 *
 * boardkit returns JSON. A real host parses it with the JSON library it already uses
 * (cJSON, jansson, System.Text.Json...); to stay dependency-free this example reads
 * boardkit's answers with the small reader below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boardkit.h"

/* ---- a minimal reader for boardkit's flat JSON arrays of string-valued objects ---- */

/* Read a JSON string at *p (which points at the opening quote) into dst; advance *p. */
static int read_string(const char **p, char *dst, size_t n) {
    const char *s = *p;
    size_t len = 0;
    if (*s != '"') return 0;
    for (s++; *s && *s != '"'; s++) {
        char c = *s;
        if (c == '\\') {
            s++;
            switch (*s) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u': c = '?'; s += (s[1] && s[2] && s[3] && s[4]) ? 4 : 0; break;
            case '\0': return 0;
            default: c = *s; break; /* \" \\ \/ */
            }
        }
        if (len + 1 < n) dst[len++] = c;
    }
    if (*s != '"') return 0;
    if (n) dst[len] = '\0';
    *p = s + 1;
    return 1;
}

/* One object of string fields: {"code":"...","severity":"...",...}. */
typedef struct {
    char code[128], severity[16], path[512], message[1024], summary[1024];
} record;

/* Read the next object of the array at *p into r; 0 at the end of the array. */
static int next_record(const char **p, record *r) {
    const char *s = *p;
    memset(r, 0, sizeof *r);
    while (*s == ',' || *s == ' ' || *s == '\n') s++;
    if (*s != '{') return 0;
    s++;
    while (*s && *s != '}') {
        char key[32], other[1024];
        char *dst = other;
        size_t n = sizeof other;
        if (!read_string(&s, key, sizeof key) || *s != ':') return 0;
        s++;
        if (!strcmp(key, "code")) { dst = r->code; n = sizeof r->code; }
        else if (!strcmp(key, "severity")) { dst = r->severity; n = sizeof r->severity; }
        else if (!strcmp(key, "path")) { dst = r->path; n = sizeof r->path; }
        else if (!strcmp(key, "message")) { dst = r->message; n = sizeof r->message; }
        else if (!strcmp(key, "summary")) { dst = r->summary; n = sizeof r->summary; }
        if (!read_string(&s, dst, n)) return 0;
        if (*s == ',') s++;
    }
    if (*s != '}') return 0;
    *p = s + 1;
    return 1;
}

/* The first element of the array under "key":[ ... in json, or NULL. */
static const char *array_start(const char *json, const char *key) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\":[", key);
    const char *s = strstr(json, needle);
    return s ? s + strlen(needle) : NULL;
}

/* The rule's meaning from the catalogue (empty when not found). */
static void rule_summary(const char *catalogue, const char *code, char *dst, size_t n) {
    record rule;
    const char *p = catalogue ? array_start(catalogue, "rules") : NULL;
    dst[0] = '\0';
    while (p && next_record(&p, &rule))
        if (!strcmp(rule.code, code)) {
            snprintf(dst, n, "%s", rule.summary);
            return;
        }
}

/* ---- a minimal reader for values inside a JSON text ---- */

static const char *skip_space(const char *s) {
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') s++;
    return s;
}

/* The end of the JSON value starting at s (object, array, string or scalar). */
static const char *value_end(const char *s) {
    int depth = 0, in_string = 0;
    for (; *s; s++) {
        if (in_string) {
            if (*s == '\\' && s[1]) s++;
            else if (*s == '"' && (in_string = 0, depth == 0)) return s + 1;
            continue;
        }
        if (*s == '"') in_string = 1;
        else if (*s == '{' || *s == '[') depth++;
        else if (*s == '}' || *s == ']') {
            if (--depth <= 0) return depth == 0 ? s + 1 : s;
        } else if (depth == 0 && (*s == ',' || *s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')) {
            return s; /* the end of a number, true, false or null */
        }
    }
    return s;
}

/* A new copy of [from, to). */
static char *copy_span(const char *from, const char *to) {
    size_t n = (size_t)(to - from);
    char *out = malloc(n + 1);
    if (out) {
        memcpy(out, from, n);
        out[n] = '\0';
    }
    return out;
}

/* A copy of the value of the first member "key" in json (free it), or NULL. For strings
 * the quotes are removed (escapes are kept as written: fine for ids and dates). */
static char *member(const char *json, const char *key) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\"", key);
    for (const char *s = json ? strstr(json, needle) : NULL; s; s = strstr(s + 1, needle)) {
        const char *p = skip_space(s + strlen(needle));
        if (*p != ':') continue;
        p = skip_space(p + 1);
        const char *end = value_end(p);
        if (*p == '"' && end > p + 1) return copy_span(p + 1, end - 1);
        return copy_span(p, end);
    }
    return NULL;
}

/* Walk the elements of a JSON array: *cursor starts at the '['; each call copies the next
 * element into a new string (free it); NULL at the end. */
static char *next_element(const char **cursor) {
    const char *p = skip_space(*cursor);
    if (*p == '[' || *p == ',') p = skip_space(p + 1);
    if (*p == ']' || *p == '\0') return NULL;
    const char *end = value_end(p);
    *cursor = end;
    return copy_span(p, end);
}

/* ---- the host program ---- */

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0) { fclose(f); return NULL; }
    long size = ftell(f);
    rewind(f);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (buf) buf[fread(buf, 1, (size_t)size, f)] = '\0';
    fclose(f);
    return buf;
}

/* Print the calling thread's last error, freeing every string boardkit returned. */
static void print_last_error(const char *what) {
    char *message = boardkit_last_error_message();
    char *code = boardkit_last_error_code();
    char *path = boardkit_last_error_path();
    fprintf(stderr, "%s failed [%s] at \"%s\": %s\n", what, code ? code : "?",
            path ? path : "", message ? message : "?");
    boardkit_string_free(message);
    boardkit_string_free(code);
    boardkit_string_free(path);
}

/* "{\"document\": DOCUMENT" + rest, in a new buffer (free it). */
static char *with_document(const char *document, const char *rest) {
    size_t n = strlen(document) + strlen(rest) + 16;
    char *request = malloc(n);
    if (request) snprintf(request, n, "{\"document\": %s%s", document, rest);
    return request;
}

/* An amount of pence as the board writes it ("£298,700"), through boardkit. */
static void money_text(const char *pence, char *dst, size_t n) {
    char request[64], *out = NULL;
    snprintf(request, sizeof request, "{\"pence\": %.30s}", pence);
    dst[0] = '\0';
    if (boardkit_budget_format_money(request, &out) == BOARDKIT_STATUS_OK) {
        char *text = member(out, "text");
        snprintf(dst, n, "%s", text ? text : pence);
        free(text);
    } else {
        snprintf(dst, n, "%s pence", pence);
    }
    boardkit_string_free(out);
}

/* Step 2: the actions overdue as of a date. Returns 1 on failure. */
static int list_overdue(const char *document, const char *as_of) {
    char rest[64];
    snprintf(rest, sizeof rest, ", \"as_of\": \"%.10s\"}", as_of);
    char *request = with_document(document, rest);
    char *answer = NULL;
    if (!request || boardkit_action_overdue(request, &answer) != BOARDKIT_STATUS_OK) {
        print_last_error("overdue actions");
        free(request);
        return 1;
    }
    free(request);

    char *actions = member(answer, "actions");
    const char *cursor = actions;
    int n = 0;
    char *entry;
    printf("\nOverdue actions as of %.10s\n", as_of);
    while (cursor && (entry = next_element(&cursor)) != NULL) {
        char *id = member(entry, "id"), *ref = member(entry, "ref");
        char *due = member(entry, "due_on"), *days = member(entry, "days_to_due");
        char *owners = member(entry, "owners");
        long late = days ? -strtol(days, NULL, 10) : 0;
        /* owners are {"person": id}, {"group": id} or, when they do not resolve, as written */
        char who[256] = "";
        const char *o = owners;
        char *owner;
        while (o && (owner = next_element(&o)) != NULL) {
            char *person = member(owner, "person"), *group = member(owner, "group");
            const char *name = person ? person : group ? group : "(as written)";
            if (strlen(who) + strlen(name) + 3 < sizeof who) {
                if (who[0]) strcat(who, ", ");
                strcat(who, name);
            }
            free(person);
            free(group);
            free(owner);
        }
        printf("  %-20s minute %-6s due %s, %ld day(s) overdue; %s\n", id ? id : "?",
               ref ? ref : "?", due ? due : "?", late, who[0] ? who : "no owner");
        free(id);
        free(ref);
        free(due);
        free(days);
        free(owners);
        free(entry);
        n++;
    }
    printf("%d overdue action(s)\n", n);
    free(actions);
    boardkit_string_free(answer);
    return 0;
}

/* Print the shares of an apportionment answer and check they sum to its total. */
static void print_shares(const char *answer) {
    char *shares = member(answer, "shares"), *total = member(answer, "total");
    const char *cursor = shares;
    char *share, text[64];
    long long sum = 0;
    while (cursor && (share = next_element(&cursor)) != NULL) {
        char *id = member(share, "id"), *amount = member(share, "amount");
        money_text(amount ? amount : "0", text, sizeof text);
        printf("  %-22s %14s\n", id ? id : "?", text);
        sum += amount ? strtoll(amount, NULL, 10) : 0;
        free(id);
        free(amount);
        free(share);
    }
    money_text(total ? total : "0", text, sizeof text);
    printf("  %-22s %14s  (shares sum to the total: %s)\n", "total", text,
           total && sum == strtoll(total, NULL, 10) ? "yes" : "NO");
    free(shares);
    free(total);
}

/* Step 3a: each partner's contribution under the funding formula of the document's first
 * budget, sharing its baseline. Returns 1 on failure. */
static int apportion_formula(const char *document) {
    char *budgets = member(document, "budgets");
    const char *cursor = budgets;
    char *budget = cursor ? next_element(&cursor) : NULL;
    char *formula = member(budget, "formula"), *baseline = member(budget, "baseline");
    char *year = member(budget, "year"), *body = member(budget, "body");
    int failed = 0;
    if (!formula || !baseline) {
        printf("\nNo budget with a funding formula in this document.\n");
    } else {
        size_t n = strlen(formula) + strlen(baseline) + 32;
        char *request = malloc(n), *answer = NULL, text[64];
        if (request) snprintf(request, n, "{\"formula\": %s, \"total\": %s}", formula, baseline);
        money_text(baseline, text, sizeof text);
        printf("\nFunding formula of budget %s (%s): baseline %s\n", year ? year : "?", body ? body : "?", text);
        if (request && boardkit_budget_apportion(request, &answer) == BOARDKIT_STATUS_OK) {
            print_shares(answer);
        } else {
            print_last_error("apportion");
            failed = 1;
        }
        boardkit_string_free(answer);
        free(request);
    }
    free(budgets);
    free(budget);
    free(formula);
    free(baseline);
    free(year);
    free(body);
    return failed;
}

/* Step 3b: a total ("£120,000") split equally among the statutory partners. Returns 1 on
 * failure. */
static int split_among_statutory_partners(const char *document, const char *total_text) {
    /* the amount as typed, read by boardkit */
    char request[1024], *money = NULL;
    snprintf(request, sizeof request, "{\"text\": \"%.200s\"}", total_text);
    if (boardkit_budget_parse_money(request, &money) != BOARDKIT_STATUS_OK) {
        print_last_error("the total");
        return 1;
    }
    char *pence = member(money, "pence");
    boardkit_string_free(money);

    /* the statutory partners' ids: {"kind": "equal", "partners": ["o-lcc", ...]} */
    char partners[768] = "";
    char *organisations = member(document, "organisations");
    const char *cursor = organisations;
    char *org;
    while (cursor && (org = next_element(&cursor)) != NULL) {
        char *statutory = member(org, "statutory_partner"), *id = member(org, "id");
        if (statutory && id && strcmp(statutory, "true") == 0 && strlen(partners) + strlen(id) + 8 < sizeof partners) {
            if (partners[0]) strcat(partners, ", ");
            strcat(partners, "\"");
            strcat(partners, id);
            strcat(partners, "\"");
        }
        free(statutory);
        free(id);
        free(org);
    }
    free(organisations);

    char *answer = NULL;
    snprintf(request, sizeof request, "{\"formula\": {\"kind\": \"equal\", \"partners\": [%s]}, \"total\": %s}",
             partners, pence ? pence : "0");
    free(pence);
    printf("\n%s split equally among the statutory partners\n", total_text);
    int failed = 0;
    if (boardkit_budget_apportion(request, &answer) == BOARDKIT_STATUS_OK) {
        print_shares(answer);
    } else {
        print_last_error("apportion");
        failed = 1;
    }
    boardkit_string_free(answer);
    return failed;
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 4) {
        fprintf(stderr, "usage: %s DOCUMENT.json [AS_OF YYYY-MM-DD [TOTAL e.g. \"\xc2\xa3" "120,000\"]]\n",
                argv[0]);
        return 1;
    }
    if (boardkit_abi_version() != BOARDKIT_ABI_VERSION) {
        fprintf(stderr, "libboardkit ABI %u, this program was built for %d\n",
                (unsigned)boardkit_abi_version(), BOARDKIT_ABI_VERSION);
        return 1;
    }
    char *document = read_file(argv[1]);
    if (!document) {
        perror(argv[1]);
        return 1;
    }
    char options[64];
    if (argc == 3) snprintf(options, sizeof options, "{\"as_of\": \"%.10s\"}", argv[2]);
    else snprintf(options, sizeof options, "{}");

    printf("boardkit %s: %s", boardkit_version(), argv[1]);
    if (argc == 3) printf(" as of %s", argv[2]);
    printf("\n");

    char *report = NULL;
    BoardkitStatus status = boardkit_document_validate(document, options, &report);
    if (status != BOARDKIT_STATUS_OK) {
        print_last_error("validate");
        free(document);
        return 2;
    }

    char *catalogue = NULL;
    if (boardkit_catalogue(&catalogue) != BOARDKIT_STATUS_OK) print_last_error("catalogue");

    record f;
    char meaning[1024];
    int errors = 0, warnings = 0, infos = 0;
    const char *p = array_start(report, "findings");
    while (p && next_record(&p, &f)) {
        rule_summary(catalogue, f.code, meaning, sizeof meaning);
        printf("  %-7s %-32s %s\n          %s\n", f.severity, f.code, f.path, f.message);
        if (meaning[0]) printf("          (rule: %s)\n", meaning);
        if (!strcmp(f.severity, "error")) errors++;
        else if (!strcmp(f.severity, "warning")) warnings++;
        else infos++;
    }
    printf("%d error(s), %d warning(s), %d info\n", errors, warnings, infos);


    boardkit_string_free(catalogue);
    boardkit_string_free(report);

    int failed = 0;
    if (argc >= 3) failed |= list_overdue(document, argv[2]);
    failed |= apportion_formula(document);
    if (argc == 4) failed |= split_among_statutory_partners(document, argv[3]);
    free(document);
    return failed ? 3 : 0;
}
