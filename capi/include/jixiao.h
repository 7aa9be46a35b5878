/* jixiao C API: the stable ABI every other language uses to embed jixiao (预算绩效评价).
 *
 * Conventions (as in SQLite and libgit2):
 *  - Every function returns an int status: JX_OK (0) or a JX_ERR_* code. Results come through
 *    out-parameters, which are left untouched on error.
 *  - On error, the calling thread's last error (jx_last_error_*) holds the code, a message in
 *    Chinese and in English, and where in the input the problem is (JSON path, line, column).
 *    It stays until the next failing call on that thread, or jx_clear_error().
 *  - Handles are opaque. Each is freed by its own jx_*_free, which accepts NULL. After a free the
 *    handle is gone: set your pointer to NULL (the documented pattern frees twice harmlessly only
 *    through a NULL pointer).
 *  - Strings are UTF-8 and NUL-terminated (JSON text may also be given as UTF-16 or UTF-32 to the
 *    *_utf16 and *_utf32 functions, with its length). Input strings are copied; invalid UTF-8 is an error
 *    (JX_ERR_INVALID_UTF8: the message names the argument and the byte offset, the last error's line
 *    and column point at the byte). A NULL pointer where one is required is JX_ERR_NULL_ARGUMENT,
 *    naming the argument. Strings returned through `char **` belong to the caller and are freed
 *    with jx_string_free. Strings returned through `const char **` belong to the handle they came
 *    from and live until it is freed.
 *  - Numbers (amounts in the package's unit, scores, rates) cross the boundary as decimal text
 *    ("211.34", "98.00", "72.22%") or as jx_decimal, never as floating point.
 *  - No exception, C++ type or allocator crosses the boundary.
 *  - Threads: distinct handles may be used from different threads at once. A handle is not
 *    synchronised: do not use one handle from two threads at the same time. Built-in policies and
 *    jx_decimal functions have no shared state.
 *
 * Stability: within ABI version 1 (JX_ABI_VERSION, the SONAME libjixiao_c.so.1), functions and
 * structs are only added, never changed or removed; structs that the library fills carry a
 * struct_size that the caller sets, so that later versions can append fields.
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#  if defined(JX_BUILDING)
#    define JX_API __declspec(dllexport)
#  else
#    define JX_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define JX_API __attribute__((visibility("default")))
#else
#  define JX_API
#endif

/* ---- versions ---------------------------------------------------------------------------- */

#define JX_VERSION_MAJOR 0
#define JX_VERSION_MINOR 1
#define JX_VERSION_PATCH 0
#define JX_VERSION_NUMBER (JX_VERSION_MAJOR * 10000 + JX_VERSION_MINOR * 100 + JX_VERSION_PATCH)
#define JX_VERSION_STRING "0.1.0"
#define JX_ABI_VERSION 1

/** JX_VERSION_NUMBER of the library actually loaded; compare with the macro to catch a mismatch. */
JX_API int jx_version_number(void);
JX_API const char *jx_version_string(void);
JX_API int jx_abi_version(void);

/* ---- status codes and the last error --------------------------------------------------------- */

enum {
  JX_OK = 0,
  JX_ERR_INVALID_NUMBER = 1,      /* 数字格式错误 */
  JX_ERR_OUT_OF_RANGE = 2,        /* 超出范围 (38 digits, scale 38) */
  JX_ERR_DIVISION_BY_ZERO = 3,
  JX_ERR_ROUNDING_NECESSARY = 4,  /* JX_ROUND_UNNECESSARY and the value would change */
  JX_ERR_INVALID_ARGUMENT = 5,
  JX_ERR_INVALID_JSON = 6,
  JX_ERR_INVALID_PACKAGE = 7,
  JX_ERR_INVALID_POLICY = 8,
  JX_ERR_UNKNOWN_POLICY = 9,
  JX_ERR_IO = 10,
  JX_ERR_NULL_ARGUMENT = 100,     /* a required pointer argument is NULL */
  JX_ERR_INVALID_UTF8 = 101,     /* invalid UTF-8, or invalid UTF-16 / UTF-32 for the *_utf16 / *_utf32 functions */
  JX_ERR_INDEX = 102,             /* an index beyond the count */
  JX_ERR_NO_MEMORY = 103,
  JX_ERR_INTERNAL = 104           /* a bug: please report the message */
};

/** "ok", "invalid_number", "out_of_range", "division_by_zero", "rounding_necessary",
    "invalid_argument", "invalid_json", "invalid_package", "invalid_policy", "unknown_policy",
    "io_error", "null_argument", "invalid_utf8", "index", "no_memory", "internal"; "unknown" for
    other values. Static storage. */
JX_API const char *jx_status_name(int status);

/** The calling thread's last error: its code (JX_OK when none). */
JX_API int jx_last_error_code(void);
/** Its message; lang 0 = Chinese, 1 = English. Never NULL ("" when none, and for another lang).
    Valid until the next failing call on this thread. */
JX_API const char *jx_last_error_message(int lang);
/** Its JSON path ("$.projects[0].funds.total.executed"), or "". */
JX_API const char *jx_last_error_path(void);
/** Its 1-based line and column in the input (0 when not known). */
JX_API int jx_last_error_line(void);
JX_API int jx_last_error_column(void);
JX_API void jx_clear_error(void);

#define JX_LANG_ZH 0
#define JX_LANG_EN 1

/** Frees a string the library returned through char **. NULL is fine. */
JX_API void jx_string_free(char *s);

/* ---- decimals ---------------------------------------------------------------------------- */

/** An exact decimal by value: (hi · 2^64 + lo) · 10^-scale, the 128-bit two's-complement
    coefficient split in two, |coefficient| ≤ 10^38 − 1, scale 0..38. */
typedef struct jx_decimal {
  int64_t hi;
  uint64_t lo;
  int32_t scale;
} jx_decimal;

/** Rounding modes (the numbers of jixiao::RoundingMode). */
enum {
  JX_ROUND_HALF_UP = 0,  /* 四舍五入 */
  JX_ROUND_HALF_EVEN = 1,
  JX_ROUND_HALF_DOWN = 2,
  JX_ROUND_UP = 3,
  JX_ROUND_DOWN = 4,
  JX_ROUND_CEILING = 5,
  JX_ROUND_FLOOR = 6,
  JX_ROUND_UNNECESSARY = 7
};

JX_API int jx_decimal_parse(const char *text, jx_decimal *out);
/** Plain text ("-1234.50") into buf; JX_ERR_INVALID_ARGUMENT if buf_size is too small (64 always
    suffices). */
JX_API int jx_decimal_format(jx_decimal value, char *buf, size_t buf_size);
JX_API int jx_decimal_add(jx_decimal a, jx_decimal b, jx_decimal *out);
JX_API int jx_decimal_sub(jx_decimal a, jx_decimal b, jx_decimal *out);
JX_API int jx_decimal_mul(jx_decimal a, jx_decimal b, jx_decimal *out);
JX_API int jx_decimal_div(jx_decimal a, jx_decimal b, int scale, int mode, jx_decimal *out);
JX_API int jx_decimal_round(jx_decimal a, int scale, int mode, jx_decimal *out);
/** *out = -1, 0 or 1; numeric (2.50 == 2.5). */
JX_API int jx_decimal_compare(jx_decimal a, jx_decimal b, int *out);

/** The same on text: *out is a new string ("0.35") to free with jx_string_free.
    op is '+', '-', '*', '/' (scale and mode used for '/' only) or 'r' (round a to scale; b unused). */
JX_API int jx_decimal_calc(const char *a, char op, const char *b, int scale, int mode, char **out);

/* ---- packages ------------------------------------------------------------------------------ */

typedef struct jx_package jx_package;

/** Reads a package from JSON text (len bytes; text need not be NUL-terminated) or a file. Unknown
    fields are kept as warnings (jx_package_warning_*). */
JX_API int jx_package_from_json(const char *json, size_t len, jx_package **out);
/** The same from JSON text in UTF-16 (units 16-bit code units, native byte order): a .NET or Java
    string, a Windows wchar_t string, or a Python str passed as wchar_t on Windows. A byte order mark
    (U+FEFF) first is skipped. The text is transcoded to UTF-8 (an ASCII fast path, then the UTF-8
    reader); line and column in errors count characters, as for UTF-8 (a surrogate pair is one). An
    unpaired surrogate is JX_ERR_INVALID_UTF8 naming the argument and the offset of the unit (in
    units), its line and column ("argument 'json' is not valid UTF-16: the code unit 0xD800 at unit
    offset 14 (line 2, column 13) is a high surrogate not followed by a low surrogate"). */
JX_API int jx_package_from_json_utf16(const uint16_t *json, size_t units, jx_package **out);
/** The same from UTF-32 (units 32-bit code points, native byte order): a wchar_t string on Linux
    and macOS, or a Python str passed as wchar_t there. A surrogate (0xD800..0xDFFF) or a unit above
    0x10FFFF is JX_ERR_INVALID_UTF8 with the unit's offset, line and column. */
JX_API int jx_package_from_json_utf32(const uint32_t *json, size_t units, jx_package **out);
/** JX_ERR_IO when the file cannot be read. */
JX_API int jx_package_from_file(const char *path, jx_package **out);
JX_API int jx_package_to_json(const jx_package *package, char **out);
JX_API void jx_package_free(jx_package *package);

JX_API int jx_package_warning_count(const jx_package *package, size_t *out);
/** A warning's message (lang as for jx_last_error_message) and JSON path, owned by the package. */
JX_API int jx_package_warning(const jx_package *package, size_t index, int lang, const char **message,
                              const char **path);

/* Building a package from code, for systems that hold the data in their own tables. Amounts are
   decimal text in the package's money unit (万元 unless set). Every cell (amounts, weights, scores,
   target, actual, unit, deviation, implementing_unit) may be NULL, "" or spaces for a blank cell;
   names and labels are required. A form index beyond the forms, or JX_FORM_DEPARTMENT before
   jx_package_set_department, is JX_ERR_INDEX. A cell that is not a number is JX_ERR_INVALID_NUMBER
   (JX_ERR_OUT_OF_RANGE past 38 digits) naming the argument, with the JSON path the cell has in the
   package as the last error's path ("$.projects[0].funds.total.executed"); the package is then
   unchanged. */

#define JX_MONEY_YUAN 0
#define JX_MONEY_WAN_YUAN 1

/** year 0..9999 (0: not known), money_unit JX_MONEY_*; JX_ERR_INVALID_ARGUMENT otherwise. */
JX_API int jx_package_new(const char *unit_name, int year, int money_unit, jx_package **out);
/** Adds the 部门整体支出绩效自评表 (replacing one already there). The form is addressed as
    JX_FORM_DEPARTMENT below. */
JX_API int jx_package_set_department(jx_package *package, const char *unit_name);
/** Adds a 项目支出绩效自评表; *out_form is its index (0, 1, …). implementing_unit may be NULL. */
JX_API int jx_package_add_project(jx_package *package, const char *project_name, const char *implementing_unit,
                                  size_t *out_form);

#define JX_FORM_DEPARTMENT ((size_t)-1)

/** The 年度资金总额 row of a form. */
JX_API int jx_form_set_funds(jx_package *package, size_t form, const char *initial_budget,
                             const char *annual_budget, const char *executed, const char *weight,
                             const char *self_score);
/** A 三级 row under the 一级 and 二级 labels given as printed ("产出指标", "数量指标"); sections and
    groups are created on first use and kept in order. A label finds an existing section or group
    with the same label or the same name once the printed points are set aside ("产出指标（50分）"
    and "产出指标" are one section). */
JX_API int jx_form_add_indicator(jx_package *package, size_t form, const char *level1, const char *level2,
                                 const char *name, const char *target, const char *actual, const char *unit,
                                 const char *weight, const char *self_score, const char *deviation);
/** The 总分 row. */
JX_API int jx_form_set_total(jx_package *package, size_t form, const char *total_weight,
                             const char *total_self_score);

/* ---- policies ---------------------------------------------------------------------------- */

typedef struct jx_policy jx_policy;

/** "national-2020", "hubei-20-40-40", "grades-80-70-60"; JX_ERR_UNKNOWN_POLICY otherwise. */
JX_API int jx_policy_builtin(const char *name, jx_policy **out);
JX_API int jx_policy_from_json(const char *json, size_t len, jx_policy **out);
JX_API int jx_policy_from_file(const char *path, jx_policy **out);
JX_API int jx_policy_to_json(const jx_policy *policy, char **out);
JX_API void jx_policy_free(jx_policy *policy);
/** The number of built-in policies and the name of each (static storage); NULL for an index
    beyond the count (the last error is then JX_ERR_INDEX). */
JX_API size_t jx_policy_builtin_count(void);
JX_API const char *jx_policy_builtin_name(size_t index);

/* ---- evaluation ---------------------------------------------------------------------------- */

typedef struct jx_result jx_result;

/** Scores every form. policy NULL = the default (national-2020). */
JX_API int jx_evaluate(const jx_package *package, const jx_policy *policy, jx_result **out);
/** Reads a package from JSON text and scores it in one call: jx_package_from_json then jx_evaluate,
    without a package handle (for batches that need only the results: one call instead of three).
    Errors are those of the two. The reader's warnings (unknown fields) are not kept: read with
    jx_package_from_json to see them. The result refers neither to the text nor to the policy: both
    may be freed at once. */
JX_API int jx_evaluate_json(const char *json, size_t len, const jx_policy *policy, jx_result **out);
/** The same from UTF-16 (as jx_package_from_json_utf16) and UTF-32 (as jx_package_from_json_utf32). */
JX_API int jx_evaluate_json_utf16(const uint16_t *json, size_t units, const jx_policy *policy, jx_result **out);
JX_API int jx_evaluate_json_utf32(const uint32_t *json, size_t units, const jx_policy *policy, jx_result **out);
/** Reads and scores `count` packages in one call, in order, in the calling thread: for each i, what
    jx_evaluate_json(texts[i], lengths[i], policy, &results[i]) does. It stops at the first package
    that cannot be read or scored: *done is the number of results written (results[0 .. *done - 1],
    each freed with jx_result_free), and the call returns that package's status, with its last error
    (the path, line and column are in texts[*done]). JX_OK and *done == count when every package
    was scored. For bindings, whose foreign calls cost more than a C call: one call per batch
    instead of one per package. count 0 is JX_OK (texts, lengths and results may then be NULL). */
JX_API int jx_evaluate_json_batch(const char *const *texts, const size_t *lengths, size_t count,
                                  const jx_policy *policy, jx_result **results, size_t *done);
/** The same from UTF-16 and UTF-32 texts (units[i] units each), as jx_evaluate_json_utf16/_utf32. */
JX_API int jx_evaluate_json_batch_utf16(const uint16_t *const *texts, const size_t *units, size_t count,
                                        const jx_policy *policy, jx_result **results, size_t *done);
JX_API int jx_evaluate_json_batch_utf32(const uint32_t *const *texts, const size_t *units, size_t count,
                                        const jx_policy *policy, jx_result **results, size_t *done);
JX_API int jx_result_to_json(const jx_result *result, char **out);
/** Frees a result from jx_evaluate. The result of jx_audit_result belongs to its audit: passing it
    here does nothing. */
JX_API void jx_result_free(jx_result *result);

/** Forms in the result: the department form first when there is one, then the projects. */
JX_API int jx_result_form_count(const jx_result *result, size_t *out);

typedef struct jx_form_info {
  size_t struct_size;       /* set to sizeof(jx_form_info) before the call */
  const char *kind;         /* "department" or "project" */
  const char *name;
  const char *path;         /* "$.projects[0]" */
  const char *total;        /* "98.00" */
  const char *filed_total;  /* as filed, or NULL */
  const char *grade;        /* "优" */
  const char *grade_en;     /* "excellent" */
  const char *execution_rate;   /* "100.00%", or NULL */
  const char *execution_score;  /* "10.00", or NULL */
  const char *total_explanation_zh;
  const char *total_explanation_en;
  size_t indicator_count;
} jx_form_info;

/** Fills *out. For this struct and the other *_info structs: struct_size below the size of the
    first version (ABI version 1: sizeof as declared here) is JX_ERR_INVALID_ARGUMENT; the library
    fills the fields it knows that fit in struct_size, leaves struct_size as set, and zeroes any
    bytes beyond what it knows (fields of a later version read as NULL / 0 from an older library).
    The strings belong to the result. An index beyond the count is JX_ERR_INDEX. */
JX_API int jx_result_form(const jx_result *result, size_t form, jx_form_info *out);
/** Every form at once: *count is the number of forms (as jx_result_form_count), and the first
    min(*count, capacity) elements of the array out are filled as jx_result_form fills one. The caller
    sets out[0].struct_size to sizeof(jx_form_info); it is also the array's stride, and every element
    filled gets it. capacity 0 only counts (out may then be NULL); elements beyond the forms are left
    as they were. One call where jx_result_form_count and jx_result_form take one more than the
    forms: the Python binding reads a result's forms with it. */
JX_API int jx_result_forms(const jx_result *result, jx_form_info *out, size_t capacity, size_t *count);
/** The forms of `count` results in one call (a batch's, from jx_evaluate_json_batch):
    form_counts[i] is the number of forms of results[i]; the forms of results[0], results[1], … are
    filled into out one result after another, as jx_result_forms fills them (out[0].struct_size set
    by the caller: the stride), while a result's forms fit whole in the capacity left. *filled is the
    number of results whose forms were filled: results[0 .. *filled - 1], whose forms start at
    element 0 and follow in order; read the forms of the others with jx_result_forms. */
JX_API int jx_results_forms(const jx_result *const *results, size_t count, jx_form_info *out, size_t capacity,
                            size_t *form_counts, size_t *filled);

typedef struct jx_indicator_info {
  size_t struct_size;          /* set to sizeof(jx_indicator_info) before the call */
  const char *path;
  const char *name;
  const char *weight;
  const char *filed_score;     /* or NULL */
  const char *computed_score;  /* or NULL when not scored */
  const char *counted_score;
  const char *method;          /* "proportional", "qualitative", … */
  const char *explanation_zh;
  const char *explanation_en;
} jx_indicator_info;

/** The index-th 三级 row of a form, in table order. */
JX_API int jx_result_indicator(const jx_result *result, size_t form, size_t index, jx_indicator_info *out);
/** Every 三级 row of a form at once, as jx_result_forms reads forms: *count is the number of rows,
    and the first min(*count, capacity) elements of out are filled as jx_result_indicator fills one.
    The caller sets out[0].struct_size to sizeof(jx_indicator_info): it is also the array's stride,
    and every element filled gets it. capacity 0 only counts (out may then be NULL). A form index
    beyond the count is JX_ERR_INDEX. The strings belong to the result. One call where reading a
    form's rows one by one takes one per row: the Python binding reads them with it. */
JX_API int jx_result_indicators(const jx_result *result, size_t form, jx_indicator_info *out, size_t capacity,
                                size_t *count);

/* ---- audit --------------------------------------------------------------------------------- */

typedef struct jx_audit jx_audit;

JX_API int jx_audit_package(const jx_package *package, const jx_policy *policy, jx_audit **out);
JX_API int jx_audit_to_json(const jx_audit *audit, char **out);
JX_API void jx_audit_free(jx_audit *audit);
/** The evaluation the audit made (owned by the audit: do not free). */
JX_API int jx_audit_result(const jx_audit *audit, const jx_result **out);
JX_API int jx_audit_finding_count(const jx_audit *audit, size_t *out);

#define JX_SEVERITY_INFO 0
#define JX_SEVERITY_WARNING 1
#define JX_SEVERITY_ERROR 2

typedef struct jx_finding_info {
  size_t struct_size;  /* set to sizeof(jx_finding_info) before the call */
  const char *code;    /* "JX-A01" */
  int severity;        /* JX_SEVERITY_* */
  const char *form;
  const char *form_name;
  const char *row;
  const char *field;
  const char *path;
  const char *message_zh;
  const char *message_en;
  const char *expected;  /* or NULL */
  const char *found;     /* or NULL */
} jx_finding_info;

JX_API int jx_audit_finding(const jx_audit *audit, size_t index, jx_finding_info *out);
/** Every finding at once, as jx_result_forms reads forms: *count is the number of findings (as
    jx_audit_finding_count), and the first min(*count, capacity) elements of out are filled as
    jx_audit_finding fills one. The caller sets out[0].struct_size to sizeof(jx_finding_info): it is
    also the array's stride, and every element filled gets it. capacity 0 only counts (out may then
    be NULL). The strings belong to the audit. */
JX_API int jx_audit_findings(const jx_audit *audit, jx_finding_info *out, size_t capacity, size_t *count);

/* ---- one indicator, one execution rate ---------------------------------------------------------- */

/** Scores a single 三级 row from its cells as typed (each may be NULL for a blank cell; unit is the
    计量单位 column). *out_score is the computed score ("9.38"), or NULL when the row cannot be
    scored; *out_explanation the explanation in `lang`. Both to free with jx_string_free. policy
    NULL = default. */
JX_API int jx_score_indicator(const jx_policy *policy, const char *target, const char *actual, const char *unit,
                              const char *weight, const char *self_score, int lang, char **out_score,
                              char **out_explanation);
/** 预算执行率 ("100.00%") and its points ("10.00") from 全年预算数 and 全年执行数 (decimal text in
    万元; NULL or "" for a blank cell). Both to free with jx_string_free; both NULL when there is no
    rate (a blank amount, a budget of 0). policy NULL = default. */
JX_API int jx_score_execution(const jx_policy *policy, const char *annual_budget, const char *executed,
                              char **out_rate, char **out_score);

#ifdef __cplusplus
}
#endif

#endif /* JIXIAO_H */
