/* Tests of the C API (capi/include/jixiao.h) in C99: every function, every error path (NULL
 * arguments, invalid UTF-8, malformed JSON, bad numbers, out of range, unknown policy, index,
 * struct_size), decimal arithmetic, the example package through accessors and JSON, a package built
 * from code, one row and one execution rate, the audit.
 *
 * Usage: capi-test <examples/hengshan-2024/package.json> <scratch directory> */
#include "harness.h"
#include "read_file.h"
#include "result_totals.h"
#include "wide_text.h"

#include <jixiao.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *example_path;
static const char *scratch_dir;
static char *example_json;
static size_t example_len;
/* The example as UTF-16 and UTF-32 code units (wide_text.h), made once in main. */
static uint16_t *example_utf16;
static uint32_t *example_utf32;
static size_t example_units16, example_units32;

/* ---- helpers ------------------------------------------------------------------------------- */

static jx_decimal D(const char *text) {
  jx_decimal d = {0, 0, 0};
  if (!CHECK_OK(jx_decimal_parse(text, &d))) fprintf(stderr, "  (parsing \"%s\")\n", text);
  return d;
}

/* The decimal as text, in a rotating set of buffers so that two can be compared in one call. */
static const char *S(jx_decimal d) {
  static char bufs[4][64];
  static int next = 0;
  char *buf = bufs[next];
  next = (next + 1) % 4;
  if (jx_decimal_format(d, buf, 64) != JX_OK) strcpy(buf, "(format failed)");
  return buf;
}

static jx_package *load_example(void) {
  jx_package *p = NULL;
  CHECK_OK(jx_package_from_json(example_json, example_len, &p));
  return p;
}

/* The four totals of the example, department first: 98.00, 99.00, 98.00, 98.00. */
static void check_example_totals(const jx_result *r) {
  size_t n = 0;
  CHECK_OK(jx_result_form_count(r, &n));
  CHECK_INT(n, 4);
  CHECK_STR(form_total(r, 0), "98.00");
  CHECK_STR(form_total(r, 1), "99.00");
  CHECK_STR(form_total(r, 2), "98.00");
  CHECK_STR(form_total(r, 3), "98.00");
}

/* ---- versions, status names, the last error ------------------------------------------------ */

static void test_versions(void) {
  CHECK_INT(jx_version_number(), JX_VERSION_NUMBER);
  CHECK_INT(JX_VERSION_NUMBER, 100);
  CHECK_STR(jx_version_string(), JX_VERSION_STRING);
  CHECK_STR(jx_version_string(), "0.1.0");
  CHECK_INT(jx_abi_version(), JX_ABI_VERSION);
  CHECK_INT(jx_abi_version(), 1);
}

static void test_status_names(void) {
  static const struct {
    int code;
    const char *name;
  } names[] = {{JX_OK, "ok"},
               {JX_ERR_INVALID_NUMBER, "invalid_number"},
               {JX_ERR_OUT_OF_RANGE, "out_of_range"},
               {JX_ERR_DIVISION_BY_ZERO, "division_by_zero"},
               {JX_ERR_ROUNDING_NECESSARY, "rounding_necessary"},
               {JX_ERR_INVALID_ARGUMENT, "invalid_argument"},
               {JX_ERR_INVALID_JSON, "invalid_json"},
               {JX_ERR_INVALID_PACKAGE, "invalid_package"},
               {JX_ERR_INVALID_POLICY, "invalid_policy"},
               {JX_ERR_UNKNOWN_POLICY, "unknown_policy"},
               {JX_ERR_IO, "io_error"},
               {JX_ERR_NULL_ARGUMENT, "null_argument"},
               {JX_ERR_INVALID_UTF8, "invalid_utf8"},
               {JX_ERR_INDEX, "index"},
               {JX_ERR_NO_MEMORY, "no_memory"},
               {JX_ERR_INTERNAL, "internal"},
               {-1, "unknown"},
               {11, "unknown"},
               {99, "unknown"},
               {105, "unknown"}};
  size_t i;
  for (i = 0; i < sizeof names / sizeof names[0]; ++i) CHECK_STR(jx_status_name(names[i].code), names[i].name);
}

static void test_last_error(void) {
  jx_decimal d;
  /* Nothing has failed on this thread yet. */
  CHECK_INT(jx_last_error_code(), JX_OK);
  CHECK_STR(jx_last_error_message(JX_LANG_ZH), "");
  CHECK_STR(jx_last_error_message(JX_LANG_EN), "");
  CHECK_STR(jx_last_error_path(), "");
  CHECK_INT(jx_last_error_line(), 0);
  CHECK_INT(jx_last_error_column(), 0);

  CHECK_ERR(jx_decimal_parse("1.2.3", &d), JX_ERR_INVALID_NUMBER, "second decimal point at position 4");
  CHECK_CONTAINS(jx_last_error_message(JX_LANG_ZH), "第二个小数点");
  CHECK_INT(jx_last_error_column(), 4);
  CHECK_STR(jx_last_error_message(2), "");
  CHECK_STR(jx_last_error_message(-1), "");

  /* A successful call leaves the last error alone; jx_clear_error resets it. */
  CHECK_OK(jx_decimal_parse("1", &d));
  CHECK_INT(jx_last_error_code(), JX_ERR_INVALID_NUMBER);
  jx_clear_error();
  CHECK_INT(jx_last_error_code(), JX_OK);
  CHECK_STR(jx_last_error_message(JX_LANG_ZH), "");
  CHECK_STR(jx_last_error_message(JX_LANG_EN), "");
  CHECK_STR(jx_last_error_path(), "");
  CHECK_INT(jx_last_error_line(), 0);
  CHECK_INT(jx_last_error_column(), 0);
}

/* ---- decimals ------------------------------------------------------------------------------ */

static void test_decimal_parse_format(void) {
  jx_decimal d, sentinel = {7, 7, 7};
  char buf[64], small[8];
  const char *max38 = "99999999999999999999999999999999999999";

  d = D("1234.50");
  CHECK_INT(d.hi, 0);
  CHECK(d.lo == 123450u);
  CHECK_INT(d.scale, 2);
  CHECK_STR(S(d), "1234.50");

  d = D("-0.01");
  CHECK_INT(d.hi, -1);
  CHECK(d.lo == UINT64_MAX);
  CHECK_INT(d.scale, 2);
  CHECK_STR(S(d), "-0.01");

  d = D("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x8E\xEF\xBC\x94\xEF\xBC\x95"); /* １２３．４５ as pasted */
  CHECK(d.lo == 12345u && d.hi == 0 && d.scale == 2);
  CHECK_STR(S(D("1,234.56")), "1234.56");

  /* The largest coefficient, 10^38 - 1, split in two 64-bit halves. */
  d = D(max38);
  CHECK(d.hi == INT64_C(0x4B3B4CA85A86C47A));
  CHECK(d.lo == UINT64_C(0x098A223FFFFFFFFF));
  CHECK_STR(S(d), max38);
  d = D("-99999999999999999999999999999999999999");
  CHECK(d.hi < 0);
  CHECK_STR(S(d), "-99999999999999999999999999999999999999");
  CHECK_STR(S(D("0.00000000000000000000000000000000000001")), "0.00000000000000000000000000000000000001");

  /* Text that is not a number, or beyond 38 digits. */
  d = sentinel;
  CHECK_ERR(jx_decimal_parse("abc", &d), JX_ERR_INVALID_NUMBER, "unexpected character 'a' at position 1");
  CHECK_INT(jx_last_error_column(), 1);
  CHECK(d.hi == 7 && d.lo == 7 && d.scale == 7); /* out untouched */
  CHECK_ERR(jx_decimal_parse("", &d), JX_ERR_INVALID_NUMBER, "empty");
  CHECK_ERR(jx_decimal_parse("1e5", &d), JX_ERR_INVALID_NUMBER, "scientific notation");
  CHECK_ERR(jx_decimal_parse("12%", &d), JX_ERR_INVALID_NUMBER, "percent sign");
  CHECK_ERR(jx_decimal_parse("NaN", &d), JX_ERR_INVALID_NUMBER, "not a finite number");
  CHECK_ERR(jx_decimal_parse("7,00.0,77", &d), JX_ERR_INVALID_NUMBER, "misplaced thousands separator");
  CHECK_ERR(jx_decimal_parse("123456789012345678901234567890123456789", &d), JX_ERR_OUT_OF_RANGE,
            "more than 38 significant digits");
  CHECK_ERR(jx_decimal_parse("0.000000000000000000000000000000000000001", &d), JX_ERR_OUT_OF_RANGE,
            "more than 38 digits after the decimal point");
  CHECK(d.hi == 7 && d.lo == 7 && d.scale == 7);

  /* NULL arguments and invalid UTF-8, with the argument named and the byte offset. */
  CHECK_ERR(jx_decimal_parse(NULL, &d), JX_ERR_NULL_ARGUMENT, "argument 'text' must not be NULL");
  CHECK_CONTAINS(jx_last_error_message(JX_LANG_ZH), "text");
  CHECK_ERR(jx_decimal_parse("1", NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_decimal_parse("\xFF", &d), JX_ERR_INVALID_UTF8, "argument 'text' is not valid UTF-8");
  CHECK_CONTAINS(jx_last_error_message(JX_LANG_EN), "byte offset 0");
  CHECK_INT(jx_last_error_line(), 1);
  CHECK_INT(jx_last_error_column(), 1);
  CHECK_ERR(jx_decimal_parse("12\n\xE4\xB8", &d), JX_ERR_INVALID_UTF8, "byte offset 3 (line 2, column 1)");
  CHECK_INT(jx_last_error_line(), 2);
  CHECK_ERR(jx_decimal_parse("\xED\xA0\x80", &d), JX_ERR_INVALID_UTF8, "byte offset 0"); /* a surrogate */
  CHECK_ERR(jx_decimal_parse("1\xC0\xB1", &d), JX_ERR_INVALID_UTF8, "byte offset 1");   /* overlong '1' */
  CHECK_ERR(jx_decimal_parse("\xF4\x90\x80\x80", &d), JX_ERR_INVALID_UTF8, "0xF4");     /* above U+10FFFF */
  CHECK(d.hi == 7 && d.lo == 7 && d.scale == 7);

  /* Formatting: the buffer must hold the text and its NUL. */
  d = D("-1234.50");
  CHECK_OK(jx_decimal_format(d, buf, sizeof buf));
  CHECK_STR(buf, "-1234.50");
  memcpy(small, "xxxxxxx", 8);
  CHECK_ERR(jx_decimal_format(d, small, sizeof small), JX_ERR_INVALID_ARGUMENT, "needs 9"); /* "-1234.50" + NUL */
  CHECK_STR(small, "xxxxxxx"); /* untouched */
  CHECK_OK(jx_decimal_format(D("0.5"), small, 4));
  CHECK_STR(small, "0.5");
  CHECK_ERR(jx_decimal_format(D("0.5"), small, 3), JX_ERR_INVALID_ARGUMENT, "buf has 3 bytes");
  CHECK_ERR(jx_decimal_format(D("0.5"), small, 0), JX_ERR_INVALID_ARGUMENT, "buf has 0 bytes");
  CHECK_ERR(jx_decimal_format(d, NULL, 64), JX_ERR_NULL_ARGUMENT, "argument 'buf'");

  /* A jx_decimal that is not a decimal: scale outside 0..38, coefficient beyond 10^38 - 1. */
  d.hi = 0;
  d.lo = 1;
  d.scale = 39;
  CHECK_ERR(jx_decimal_format(d, buf, sizeof buf), JX_ERR_INVALID_ARGUMENT, "39");
  d.scale = -1;
  CHECK_ERR(jx_decimal_format(d, buf, sizeof buf), JX_ERR_INVALID_ARGUMENT, "-1");
  d.hi = INT64_C(0x4B3B4CA85A86C47A);
  d.lo = UINT64_C(0x098A224000000000); /* 10^38 */
  d.scale = 0;
  CHECK_ERR(jx_decimal_format(d, buf, sizeof buf), JX_ERR_OUT_OF_RANGE, "");
}

static void test_decimal_arithmetic(void) {
  static const struct {
    const char *a;
    int scale, mode;
    const char *want; /* NULL: JX_ERR_ROUNDING_NECESSARY */
  } rounds[] = {
      {"2.5", 0, JX_ROUND_HALF_UP, "3"},      {"-2.5", 0, JX_ROUND_HALF_UP, "-3"},    {"2.4", 0, JX_ROUND_HALF_UP, "2"},
      {"2.5", 0, JX_ROUND_HALF_EVEN, "2"},    {"3.5", 0, JX_ROUND_HALF_EVEN, "4"},    {"-2.5", 0, JX_ROUND_HALF_EVEN, "-2"},
      {"2.5", 0, JX_ROUND_HALF_DOWN, "2"},    {"-2.5", 0, JX_ROUND_HALF_DOWN, "-2"},  {"2.6", 0, JX_ROUND_HALF_DOWN, "3"},
      {"1.1", 0, JX_ROUND_UP, "2"},           {"-1.1", 0, JX_ROUND_UP, "-2"},         {"1.9", 0, JX_ROUND_DOWN, "1"},
      {"-1.9", 0, JX_ROUND_DOWN, "-1"},       {"1.1", 0, JX_ROUND_CEILING, "2"},      {"-1.9", 0, JX_ROUND_CEILING, "-1"},
      {"1.9", 0, JX_ROUND_FLOOR, "1"},        {"-1.1", 0, JX_ROUND_FLOOR, "-2"},      {"2.00", 0, JX_ROUND_UNNECESSARY, "2"},
      {"2.5", 0, JX_ROUND_UNNECESSARY, NULL}, {"9.375", 2, JX_ROUND_HALF_UP, "9.38"}, {"9.375", 2, JX_ROUND_HALF_EVEN, "9.38"},
      {"9.365", 2, JX_ROUND_HALF_EVEN, "9.36"}, {"9.375", 2, JX_ROUND_HALF_DOWN, "9.37"}, {"9.371", 2, JX_ROUND_UP, "9.38"},
      {"2.5", 3, JX_ROUND_HALF_UP, "2.500"},  {"0", 2, JX_ROUND_UNNECESSARY, "0.00"}};
  static const struct {
    int mode;
    const char *positive, *negative; /* 2 / 3 and -2 / 3 at 2 places */
  } divs[] = {{JX_ROUND_HALF_UP, "0.67", "-0.67"}, {JX_ROUND_HALF_EVEN, "0.67", "-0.67"},
              {JX_ROUND_HALF_DOWN, "0.67", "-0.67"}, {JX_ROUND_UP, "0.67", "-0.67"},
              {JX_ROUND_DOWN, "0.66", "-0.66"},     {JX_ROUND_CEILING, "0.67", "-0.66"},
              {JX_ROUND_FLOOR, "0.66", "-0.67"}};
  const jx_decimal sentinel = {7, 7, 7};
  jx_decimal r, max = D("99999999999999999999999999999999999999"), bad = {0, 1, 39};
  int cmp;
  size_t i;

  CHECK_OK(jx_decimal_add(D("0.1"), D("0.2"), &r));
  CHECK_STR(S(r), "0.3");
  CHECK_OK(jx_decimal_add(D("2.5"), D("0.25"), &r));
  CHECK_STR(S(r), "2.75");
  /* Each path of jx_decimal_add: one scale within 64 bits (inline), one scale whose sum leaves 64
     bits, scales apart, coefficients beyond 64 bits (values worked out by hand). */
  CHECK_OK(jx_decimal_add(D("-0.01"), D("0.01"), &r));
  CHECK_STR(S(r), "0.00");
  CHECK_OK(jx_decimal_add(D("211.34"), D("-209.21"), &r));
  CHECK_STR(S(r), "2.13");
  CHECK_OK(jx_decimal_add(D("9223372036854775807"), D("1"), &r));
  CHECK_STR(S(r), "9223372036854775808");
  CHECK_OK(jx_decimal_add(D("-9223372036854775808"), D("-1"), &r));
  CHECK_STR(S(r), "-9223372036854775809");
  CHECK_OK(jx_decimal_add(D("92233720368547758.07"), D("92233720368547758.07"), &r));
  CHECK_STR(S(r), "184467440737095516.14");
  CHECK_OK(jx_decimal_add(D("1"), D("0.0000000000000000000001"), &r)); /* scales 22 apart */
  CHECK_STR(S(r), "1.0000000000000000000001");
  CHECK_OK(jx_decimal_add(D("123456789012345678901234.5"), D("0.5"), &r));
  CHECK_STR(S(r), "123456789012345678901235.0");
  CHECK_OK(jx_decimal_sub(D("1"), D("2.50"), &r));
  CHECK_STR(S(r), "-1.50");
  CHECK_OK(jx_decimal_mul(D("1.5"), D("2.25"), &r));
  CHECK_STR(S(r), "3.375");
  CHECK_OK(jx_decimal_mul(D("-2"), D("0.5"), &r));
  CHECK_STR(S(r), "-1.0");
  CHECK_OK(jx_decimal_mul(D("123456789012345678.9"), D("1000000000000"), &r)); /* beyond 64 bits */
  CHECK_STR(S(r), "123456789012345678900000000000.0");

  /* Overflow is an error, never a wrapped value; the output stays as it was. */
  r = sentinel;
  CHECK_ERR(jx_decimal_add(max, D("1"), &r), JX_ERR_OUT_OF_RANGE, "");
  CHECK_ERR(jx_decimal_sub(D("-99999999999999999999999999999999999999"), D("1"), &r), JX_ERR_OUT_OF_RANGE, "");
  CHECK_ERR(jx_decimal_mul(max, D("10"), &r), JX_ERR_OUT_OF_RANGE, "");
  CHECK_ERR(jx_decimal_mul(D("0.00000000000000000001"), D("0.00000000000000000001"), &r), JX_ERR_OUT_OF_RANGE, "");
  CHECK_ERR(jx_decimal_round(max, 1, JX_ROUND_HALF_UP, &r), JX_ERR_OUT_OF_RANGE, "");
  CHECK(r.hi == 7 && r.lo == 7 && r.scale == 7);

  /* Operands that are not decimals. */
  CHECK_ERR(jx_decimal_add(bad, D("1"), &r), JX_ERR_INVALID_ARGUMENT, "39");
  CHECK_ERR(jx_decimal_sub(D("1"), bad, &r), JX_ERR_INVALID_ARGUMENT, "39");
  CHECK_ERR(jx_decimal_mul(bad, bad, &r), JX_ERR_INVALID_ARGUMENT, "39");
  CHECK_ERR(jx_decimal_div(bad, D("1"), 2, JX_ROUND_HALF_UP, &r), JX_ERR_INVALID_ARGUMENT, "39");
  CHECK_ERR(jx_decimal_round(bad, 2, JX_ROUND_HALF_UP, &r), JX_ERR_INVALID_ARGUMENT, "39");
  CHECK_ERR(jx_decimal_compare(bad, D("1"), &cmp), JX_ERR_INVALID_ARGUMENT, "39");

  /* NULL outputs. */
  CHECK_ERR(jx_decimal_add(D("1"), D("1"), NULL), JX_ERR_NULL_ARGUMENT, "'out'");
  CHECK_ERR(jx_decimal_sub(D("1"), D("1"), NULL), JX_ERR_NULL_ARGUMENT, "'out'");
  CHECK_ERR(jx_decimal_mul(D("1"), D("1"), NULL), JX_ERR_NULL_ARGUMENT, "'out'");
  CHECK_ERR(jx_decimal_div(D("1"), D("1"), 2, JX_ROUND_HALF_UP, NULL), JX_ERR_NULL_ARGUMENT, "'out'");
  CHECK_ERR(jx_decimal_round(D("1"), 2, JX_ROUND_HALF_UP, NULL), JX_ERR_NULL_ARGUMENT, "'out'");
  CHECK_ERR(jx_decimal_compare(D("1"), D("1"), NULL), JX_ERR_NULL_ARGUMENT, "'out'");

  /* Division: each rounding mode, by zero, unnecessary, bad mode and scale. */
  CHECK_OK(jx_decimal_div(D("90"), D("96"), 4, JX_ROUND_HALF_UP, &r));
  CHECK_STR(S(r), "0.9375");
  for (i = 0; i < sizeof divs / sizeof divs[0]; ++i) {
    CHECK_OK(jx_decimal_div(D("2"), D("3"), 2, divs[i].mode, &r));
    CHECK_STR(S(r), divs[i].positive);
    CHECK_OK(jx_decimal_div(D("-2"), D("3"), 2, divs[i].mode, &r));
    CHECK_STR(S(r), divs[i].negative);
  }
  CHECK_OK(jx_decimal_div(D("1"), D("4"), 2, JX_ROUND_UNNECESSARY, &r));
  CHECK_STR(S(r), "0.25");
  r = sentinel;
  CHECK_ERR(jx_decimal_div(D("1"), D("3"), 2, JX_ROUND_UNNECESSARY, &r), JX_ERR_ROUNDING_NECESSARY, "unnecessary");
  CHECK_ERR(jx_decimal_div(D("1"), D("0.00"), 2, JX_ROUND_HALF_UP, &r), JX_ERR_DIVISION_BY_ZERO, "division by zero");
  CHECK_ERR(jx_decimal_div(D("1"), D("3"), 2, 8, &r), JX_ERR_INVALID_ARGUMENT, "rounding mode must be 0 to 7");
  CHECK_ERR(jx_decimal_div(D("1"), D("3"), 2, -1, &r), JX_ERR_INVALID_ARGUMENT, "not -1");
  CHECK_ERR(jx_decimal_div(D("1"), D("3"), 39, JX_ROUND_HALF_UP, &r), JX_ERR_INVALID_ARGUMENT, "invalid scale 39");
  CHECK_ERR(jx_decimal_div(D("1"), D("3"), -1, JX_ROUND_HALF_UP, &r), JX_ERR_INVALID_ARGUMENT, "invalid scale -1");
  CHECK_ERR(jx_decimal_div(max, D("0.1"), 0, JX_ROUND_HALF_UP, &r), JX_ERR_OUT_OF_RANGE, "");
  CHECK(r.hi == 7 && r.lo == 7 && r.scale == 7);

  /* Rounding: every mode. */
  for (i = 0; i < sizeof rounds / sizeof rounds[0]; ++i) {
    r = sentinel;
    if (rounds[i].want != NULL) {
      if (!CHECK_OK(jx_decimal_round(D(rounds[i].a), rounds[i].scale, rounds[i].mode, &r)))
        fprintf(stderr, "  (round %s to %d, mode %d)\n", rounds[i].a, rounds[i].scale, rounds[i].mode);
      if (!CHECK_STR(S(r), rounds[i].want))
        fprintf(stderr, "  (round %s to %d, mode %d)\n", rounds[i].a, rounds[i].scale, rounds[i].mode);
    } else {
      CHECK_ERR(jx_decimal_round(D(rounds[i].a), rounds[i].scale, rounds[i].mode, &r), JX_ERR_ROUNDING_NECESSARY,
                "unnecessary");
      CHECK(r.hi == 7 && r.lo == 7 && r.scale == 7);
    }
  }
  CHECK_ERR(jx_decimal_round(D("1.5"), 0, 9, &r), JX_ERR_INVALID_ARGUMENT, "not 9");
  CHECK_ERR(jx_decimal_round(D("1.5"), 39, JX_ROUND_HALF_UP, &r), JX_ERR_INVALID_ARGUMENT, "39");

  /* Comparison is numeric. */
  cmp = 7;
  CHECK_OK(jx_decimal_compare(D("2.50"), D("2.5"), &cmp));
  CHECK_INT(cmp, 0);
  CHECK_OK(jx_decimal_compare(D("1"), D("2"), &cmp));
  CHECK_INT(cmp, -1);
  CHECK_OK(jx_decimal_compare(D("2"), D("1.999"), &cmp));
  CHECK_INT(cmp, 1);
  CHECK_OK(jx_decimal_compare(D("-1"), D("0.5"), &cmp));
  CHECK_INT(cmp, -1);
  CHECK_OK(jx_decimal_compare(max, D("-99999999999999999999999999999999999999"), &cmp));
  CHECK_INT(cmp, 1);
}

static void test_decimal_calc(void) {
  char *out = NULL, *sentinel = (char *)"untouched";
  static const struct {
    const char *a;
    char op;
    const char *b;
    int scale, mode;
    const char *want;
  } ok[] = {{"0.1", '+', "0.2", 0, 0, "0.3"},
            {"1", '-', "2.50", 0, 0, "-1.50"},
            {"1.5", '*', "2.25", 0, 0, "3.375"},
            {"90", '/', "96", 2, JX_ROUND_HALF_UP, "0.94"},
            {"90", '/', "96", 4, JX_ROUND_UNNECESSARY, "0.9375"},
            {"2", '/', "3", 2, JX_ROUND_FLOOR, "0.66"},
            {"9.375", 'r', NULL, 2, JX_ROUND_HALF_EVEN, "9.38"},
            {"9.375", 'r', "ignored", 2, JX_ROUND_DOWN, "9.37"},
            {"1,234.5", '+', "\xEF\xBC\x91", 0, 0, "1235.5"}};
  size_t i;
  for (i = 0; i < sizeof ok / sizeof ok[0]; ++i) {
    out = NULL;
    CHECK_OK(jx_decimal_calc(ok[i].a, ok[i].op, ok[i].b, ok[i].scale, ok[i].mode, &out));
    CHECK_STR(out, ok[i].want);
    jx_string_free(out);
  }

  out = sentinel;
  CHECK_ERR(jx_decimal_calc("1", '/', "0", 2, JX_ROUND_HALF_UP, &out), JX_ERR_DIVISION_BY_ZERO, "division by zero");
  CHECK_ERR(jx_decimal_calc("1", '/', "3", 2, JX_ROUND_UNNECESSARY, &out), JX_ERR_ROUNDING_NECESSARY, "");
  CHECK_ERR(jx_decimal_calc("1", '/', "3", 2, 8, &out), JX_ERR_INVALID_ARGUMENT, "rounding mode");
  CHECK_ERR(jx_decimal_calc("1", 'r', NULL, 39, JX_ROUND_HALF_UP, &out), JX_ERR_INVALID_ARGUMENT, "invalid scale 39");
  CHECK_ERR(jx_decimal_calc("1", '%', "2", 0, 0, &out), JX_ERR_INVALID_ARGUMENT, "op must be");
  CHECK_ERR(jx_decimal_calc("99999999999999999999999999999999999999", '*', "10", 0, 0, &out), JX_ERR_OUT_OF_RANGE, "");
  CHECK_ERR(jx_decimal_calc("x", '+', "1", 0, 0, &out), JX_ERR_INVALID_NUMBER, "unexpected character 'x'");
  CHECK_ERR(jx_decimal_calc("1", '+', "1.2.3", 0, 0, &out), JX_ERR_INVALID_NUMBER, "second decimal point");
  CHECK_ERR(jx_decimal_calc(NULL, '+', "1", 0, 0, &out), JX_ERR_NULL_ARGUMENT, "argument 'a'");
  CHECK_ERR(jx_decimal_calc("1", '+', NULL, 0, 0, &out), JX_ERR_NULL_ARGUMENT, "argument 'b'");
  CHECK_ERR(jx_decimal_calc("1", '+', "1", 0, 0, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_decimal_calc("\xC3", '+', "1", 0, 0, &out), JX_ERR_INVALID_UTF8, "argument 'a'");
  CHECK_ERR(jx_decimal_calc("1", '-', "1\x80", 0, 0, &out), JX_ERR_INVALID_UTF8, "argument 'b'");
  CHECK_CONTAINS(jx_last_error_message(JX_LANG_EN), "byte offset 1");
  CHECK(out == sentinel);
}

/* ---- packages from JSON -------------------------------------------------------------------- */

static void test_package_json(void) {
  jx_package *p = NULL, *q = NULL, *sentinel = (jx_package *)&example_len;
  jx_result *r = NULL;
  char *json = NULL, *padded;
  size_t n = 99;
  const char *message = NULL, *path = NULL;

  p = load_example();
  CHECK(p != NULL);
  CHECK_OK(jx_package_warning_count(p, &n));
  CHECK_INT(n, 0);

  /* Out and back: the JSON the library writes reads back to the same totals. */
  CHECK_OK(jx_package_to_json(p, &json));
  CHECK_CONTAINS(json, "\"format\": \"jixiao-package\"");
  CHECK_CONTAINS(json, "中共衡山县委机构编制委员会办公室");
  CHECK_OK(jx_package_from_json(json, strlen(json), &q));
  CHECK_OK(jx_evaluate(q, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  jx_package_free(q);
  q = NULL;
  jx_string_free(json);
  json = NULL;

  /* From the file; text that is not NUL-terminated; a length that cuts the text short. */
  CHECK_OK(jx_package_from_file(example_path, &q));
  CHECK_OK(jx_evaluate(q, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  jx_package_free(q);
  q = NULL;
  padded = (char *)malloc(example_len + 8);
  if (padded != NULL) {
    memcpy(padded, example_json, example_len);
    memcpy(padded + example_len, "garbage!", 8); /* no NUL anywhere after the text */
    CHECK_OK(jx_package_from_json(padded, example_len, &q));
    jx_package_free(q);
    q = sentinel;
    CHECK_ERR(jx_package_from_json(padded, example_len / 2, &q), JX_ERR_INVALID_JSON, "JSON syntax error");
    CHECK(q == sentinel);
    free(padded);
  }

  /* Malformed JSON: the line and column of the offending text. */
  q = sentinel;
  {
    const char *bad = "{\n  \"format\": \"jixiao-package\",\n  \"version\": 1,\n  \"unit_name\": \n}";
    CHECK_ERR(jx_package_from_json(bad, strlen(bad), &q), JX_ERR_INVALID_JSON,
              "JSON syntax error at line 5, column 1: unexpected '}'");
    CHECK_CONTAINS(jx_last_error_message(JX_LANG_ZH), "JSON 语法错误（第5行第1列）");
    CHECK_INT(jx_last_error_line(), 5);
    CHECK_INT(jx_last_error_column(), 1);
    CHECK_ERR(jx_package_from_json("", 0, &q), JX_ERR_INVALID_JSON, "");
    CHECK_ERR(jx_package_from_json("[1, 2", 5, &q), JX_ERR_INVALID_JSON, "");
  }

  /* A bad amount: JX_ERR_INVALID_PACKAGE with the JSON path, line and column. */
  {
    const char *bad = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":2024,\n"
                      "\"projects\":[{\"project_name\":\"p\",\"funds\":{\"total\":{\"executed\":\"12,34.5\"}}}]}";
    CHECK_ERR(jx_package_from_json(bad, strlen(bad), &q), JX_ERR_INVALID_PACKAGE,
              "$.projects[0].funds.total.executed: expected an amount such as \"28.00\", found \"12,34.5\"");
    CHECK_STR(jx_last_error_path(), "$.projects[0].funds.total.executed");
    CHECK_INT(jx_last_error_line(), 2);
    CHECK_INT(jx_last_error_column(), 62);
  }
  {
    const char *bad = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":\"2024\"}";
    CHECK_ERR(jx_package_from_json(bad, strlen(bad), &q), JX_ERR_INVALID_PACKAGE, "$.year");
    CHECK_STR(jx_last_error_path(), "$.year");
  }
  {
    const char *bad = "{\"format\":\"jixiao-policy\",\"version\":1}";
    CHECK_ERR(jx_package_from_json(bad, strlen(bad), &q), JX_ERR_INVALID_PACKAGE, "$.format");
  }
  CHECK(q == sentinel);

  /* Unknown fields are warnings, owned by the package. */
  {
    const char *w = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":2024,\"totl\":1}";
    q = NULL;
    CHECK_OK(jx_package_from_json(w, strlen(w), &q));
    CHECK_OK(jx_package_warning_count(q, &n));
    CHECK_INT(n, 1);
    CHECK_OK(jx_package_warning(q, 0, JX_LANG_EN, &message, &path));
    CHECK_STR(message, "unknown field 'totl' ignored");
    CHECK_STR(path, "$.totl");
    CHECK_OK(jx_package_warning(q, 0, JX_LANG_ZH, &message, &path));
    CHECK_STR(message, "未知字段“totl”，已忽略");
    message = path = "untouched";
    CHECK_ERR(jx_package_warning(q, 1, JX_LANG_EN, &message, &path), JX_ERR_INDEX, "warning index 1 is out of range");
    CHECK_ERR(jx_package_warning(q, 0, 2, &message, &path), JX_ERR_INVALID_ARGUMENT, "lang must be 0");
    CHECK_ERR(jx_package_warning(NULL, 0, JX_LANG_EN, &message, &path), JX_ERR_NULL_ARGUMENT, "'package'");
    CHECK_ERR(jx_package_warning(q, 0, JX_LANG_EN, NULL, &path), JX_ERR_NULL_ARGUMENT, "'message'");
    CHECK_ERR(jx_package_warning(q, 0, JX_LANG_EN, &message, NULL), JX_ERR_NULL_ARGUMENT, "'path'");
    CHECK_STR(message, "untouched");
    CHECK_STR(path, "untouched");
    CHECK_ERR(jx_package_warning_count(NULL, &n), JX_ERR_NULL_ARGUMENT, "'package'");
    CHECK_ERR(jx_package_warning_count(q, NULL), JX_ERR_NULL_ARGUMENT, "'out'");
    jx_package_free(q);
    q = NULL;
  }

  /* NULL arguments and invalid UTF-8 (the byte offset, line and column in the JSON text). */
  q = sentinel;
  CHECK_ERR(jx_package_from_json(NULL, 10, &q), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_package_from_json(example_json, example_len, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  {
    const char *bad = "{\n\"unit_name\": \"\xC0\xAF\"}";
    CHECK_ERR(jx_package_from_json(bad, strlen(bad), &q), JX_ERR_INVALID_UTF8, "argument 'json'");
    CHECK_CONTAINS(jx_last_error_message(JX_LANG_EN), "byte offset 16 (line 2, column 15)");
    CHECK_INT(jx_last_error_line(), 2);
    CHECK_INT(jx_last_error_column(), 15);
  }
  CHECK_ERR(jx_package_from_file(NULL, &q), JX_ERR_NULL_ARGUMENT, "argument 'path'");
  CHECK_ERR(jx_package_from_file(example_path, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_package_from_file("/no/such/dir/\xFF.json", &q), JX_ERR_INVALID_UTF8, "argument 'path'");
  CHECK_ERR(jx_package_from_file("/no/such/dir/package.json", &q), JX_ERR_IO, "cannot read file '/no/such/dir/package.json'");
  CHECK(q == sentinel);

  json = (char *)"untouched";
  CHECK_ERR(jx_package_to_json(NULL, &json), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_package_to_json(p, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_STR(json, "untouched");
  jx_package_free(p);
}

/* ---- every form at once ------------------------------------------------------------------- */

static void test_result_forms(void) {
  jx_package *p = load_example();
  jx_result *r = NULL, *empty = NULL;
  jx_audit *a = NULL;
  const jx_result *ar = NULL;
  jx_form_info one, all[6];
  struct {
    jx_form_info info;
    unsigned char later[24]; /* fields a later version might add */
  } big[5];
  const unsigned char *bytes;
  size_t n = 99, i;

  CHECK_OK(jx_evaluate(p, NULL, &r));

  /* Counting only. */
  CHECK_OK(jx_result_forms(r, NULL, 0, &n));
  CHECK_INT(n, 4);

  /* Room to spare: each form as jx_result_form gives it, the elements beyond left as they were. */
  memset(all, 0xAB, sizeof all);
  all[0].struct_size = sizeof all[0];
  n = 0;
  CHECK_OK(jx_result_forms(r, all, 6, &n));
  CHECK_INT(n, 4);
  for (i = 0; i < 4; ++i) {
    memset(&one, 0, sizeof one);
    one.struct_size = sizeof one;
    CHECK_OK(jx_result_form(r, i, &one));
    CHECK(memcmp(&one, &all[i], sizeof one) == 0);
    CHECK_INT(all[i].struct_size, sizeof all[i]);
  }
  bytes = (const unsigned char *)&all[4];
  CHECK(bytes[0] == 0xAB && bytes[sizeof all[4] - 1] == 0xAB && ((const unsigned char *)&all[5])[8] == 0xAB);
  CHECK_STR(all[0].kind, "department");
  CHECK_STR(all[1].total, "99.00");
  CHECK_INT(all[3].indicator_count, 8);

  /* Less room than forms: the count all the same, the first ones filled. */
  memset(all, 0, sizeof all);
  all[0].struct_size = sizeof all[0];
  CHECK_OK(jx_result_forms(r, all, 2, &n));
  CHECK_INT(n, 4);
  CHECK_STR(all[0].total, "98.00");
  CHECK_STR(all[1].total, "99.00");
  CHECK(all[2].total == NULL && all[2].struct_size == 0);

  /* A later version's bigger struct: its size is the stride, the bytes this version does not know
     are zeroed, the element beyond the forms untouched. */
  memset(big, 0xCD, sizeof big);
  big[0].info.struct_size = sizeof big[0];
  CHECK_OK(jx_result_forms(r, &big[0].info, 5, &n));
  CHECK_INT(n, 4);
  for (i = 0; i < 4; ++i) {
    CHECK_INT(big[i].info.struct_size, sizeof big[0]);
    CHECK_STR(big[i].info.total, form_total(r, i));
    CHECK(big[i].later[0] == 0 && big[i].later[23] == 0);
  }
  CHECK(big[4].later[0] == 0xCD && big[4].info.struct_size != sizeof big[0]);

  /* Errors: NULL arguments, a struct_size below the first version's or not a multiple of the
     struct's alignment; nothing written. */
  memset(all, 0, sizeof all);
  n = 99;
  all[0].struct_size = sizeof all[0];
  CHECK_ERR(jx_result_forms(NULL, all, 6, &n), JX_ERR_NULL_ARGUMENT, "argument 'result'");
  CHECK_ERR(jx_result_forms(r, all, 6, NULL), JX_ERR_NULL_ARGUMENT, "argument 'count'");
  CHECK_ERR(jx_result_forms(r, NULL, 1, &n), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  all[0].struct_size = sizeof all[0] - sizeof(size_t);
  CHECK_ERR(jx_result_forms(r, all, 6, &n), JX_ERR_INVALID_ARGUMENT, "jx_form_info.struct_size is");
  all[0].struct_size = sizeof all[0] + 4;
  CHECK_ERR(jx_result_forms(r, all, 6, &n), JX_ERR_INVALID_ARGUMENT, "not a multiple of");
  CHECK_INT(n, 99);
  CHECK(all[0].total == NULL && all[1].struct_size == 0);

  /* A result without forms; an audit's result. */
  {
    const char *bare = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":2024}";
    CHECK_OK(jx_evaluate_json(bare, strlen(bare), NULL, &empty));
    all[0].struct_size = sizeof all[0];
    CHECK_OK(jx_result_forms(empty, all, 6, &n));
    CHECK_INT(n, 0);
    CHECK(all[0].total == NULL);
    jx_result_free(empty);
  }
  CHECK_OK(jx_audit_package(p, NULL, &a));
  CHECK_OK(jx_audit_result(a, &ar));
  memset(all, 0, sizeof all);
  all[0].struct_size = sizeof all[0];
  CHECK_OK(jx_result_forms(ar, all, 6, &n));
  CHECK_INT(n, 4);
  CHECK_STR(all[2].total, "98.00");
  jx_audit_free(a);
  jx_result_free(r);
  jx_package_free(p);
}

/* ---- every row of a form at once ------------------------------------------------------------ */

static void test_result_indicators(void) {
  jx_package *p = load_example();
  jx_result *r = NULL;
  jx_audit *a = NULL;
  const jx_result *ar = NULL;
  jx_indicator_info one, all[10];
  struct {
    jx_indicator_info info;
    unsigned char later[24]; /* fields a later version might add */
  } big[9];
  size_t n = 99, i, form;

  CHECK_OK(jx_evaluate(p, NULL, &r));

  /* Counting only: as many rows as jx_result_form says (project 3 has 8, as in test_result_forms). */
  CHECK_OK(jx_result_indicators(r, 3, NULL, 0, &n));
  CHECK_INT(n, 8);

  /* Every form: each row as jx_result_indicator gives it, the elements beyond left as they were. */
  for (form = 0; form < 4; ++form) {
    jx_form_info info;
    memset(&info, 0, sizeof info);
    info.struct_size = sizeof info;
    CHECK_OK(jx_result_form(r, form, &info));
    CHECK(info.indicator_count <= 10);
    memset(all, 0xAB, sizeof all);
    all[0].struct_size = sizeof all[0];
    n = 0;
    CHECK_OK(jx_result_indicators(r, form, all, 10, &n));
    CHECK_INT(n, info.indicator_count);
    for (i = 0; i < n; ++i) {
      memset(&one, 0, sizeof one);
      one.struct_size = sizeof one;
      CHECK_OK(jx_result_indicator(r, form, i, &one));
      CHECK(memcmp(&one, &all[i], sizeof one) == 0);
      CHECK_INT(all[i].struct_size, sizeof all[i]);
    }
    if (n < 10) CHECK(((const unsigned char *)&all[n])[0] == 0xAB && ((const unsigned char *)&all[9])[8] == 0xAB);
  }
  CHECK_OK(jx_result_indicators(r, 0, all, 10, &n));
  CHECK_STR(all[0].name, "涉及部门数量");
  CHECK_STR(all[0].weight, "10");

  /* Less room than rows: the count all the same, the first ones filled. */
  memset(all, 0, sizeof all);
  all[0].struct_size = sizeof all[0];
  CHECK_OK(jx_result_indicators(r, 3, all, 2, &n));
  CHECK_INT(n, 8);
  CHECK(all[0].path != NULL && all[1].path != NULL);
  CHECK(all[2].path == NULL && all[2].struct_size == 0);

  /* A later version's bigger struct: its size is the stride, the bytes this version does not know
     are zeroed, the element beyond the rows untouched. */
  memset(big, 0xCD, sizeof big);
  big[0].info.struct_size = sizeof big[0];
  CHECK_OK(jx_result_indicators(r, 3, &big[0].info, 9, &n));
  CHECK_INT(n, 8);
  for (i = 0; i < 8; ++i) {
    memset(&one, 0, sizeof one);
    one.struct_size = sizeof one;
    CHECK_OK(jx_result_indicator(r, 3, i, &one));
    CHECK_INT(big[i].info.struct_size, sizeof big[0]);
    CHECK_STR(big[i].info.path, one.path);
    CHECK_STR(big[i].info.counted_score, one.counted_score);
    CHECK(big[i].later[0] == 0 && big[i].later[23] == 0);
  }
  CHECK(big[8].later[0] == 0xCD && big[8].info.struct_size != sizeof big[0]);

  /* Errors: NULL arguments, a form beyond the count, a struct_size below the first version's or
     not a multiple of the struct's alignment; nothing written. */
  memset(all, 0, sizeof all);
  n = 99;
  all[0].struct_size = sizeof all[0];
  CHECK_ERR(jx_result_indicators(NULL, 0, all, 10, &n), JX_ERR_NULL_ARGUMENT, "argument 'result'");
  CHECK_ERR(jx_result_indicators(r, 0, all, 10, NULL), JX_ERR_NULL_ARGUMENT, "argument 'count'");
  CHECK_ERR(jx_result_indicators(r, 0, NULL, 1, &n), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_result_indicators(r, 4, all, 10, &n), JX_ERR_INDEX, "form index 4 is out of range");
  all[0].struct_size = sizeof all[0] - sizeof(const char *);
  CHECK_ERR(jx_result_indicators(r, 0, all, 10, &n), JX_ERR_INVALID_ARGUMENT, "jx_indicator_info.struct_size is");
  all[0].struct_size = sizeof all[0] + 4;
  CHECK_ERR(jx_result_indicators(r, 0, all, 10, &n), JX_ERR_INVALID_ARGUMENT, "not a multiple of");
  CHECK_INT(n, 99);
  CHECK(all[0].path == NULL && all[1].struct_size == 0);

  /* An audit's result. */
  CHECK_OK(jx_audit_package(p, NULL, &a));
  CHECK_OK(jx_audit_result(a, &ar));
  memset(all, 0, sizeof all);
  all[0].struct_size = sizeof all[0];
  CHECK_OK(jx_result_indicators(ar, 3, all, 10, &n));
  CHECK_INT(n, 8);
  CHECK_STR(all[7].counted_score, big[7].info.counted_score);
  jx_audit_free(a);
  jx_result_free(r);
  jx_package_free(p);
}

/* ---- JSON text in UTF-16 and UTF-32, reading and scoring in one call ------------------------- */

/* The same error from UTF-8 text and from its UTF-16 and UTF-32 forms: code, both messages, JSON
   path, line and column (the reader counts characters, however the text came). */
static void check_same_error(const char *utf8) {
  const size_t len = strlen(utf8);
  size_t n16 = 0, n32 = 0;
  uint16_t *u16 = utf16_of(utf8, len, &n16);
  uint32_t *u32 = utf32_of(utf8, len, &n32);
  jx_package *sentinel = (jx_package *)&example_len, *p = sentinel;
  jx_result *rsentinel = (jx_result *)&example_len, *r = rsentinel;
  char zh[512], en[512], path[256];
  int code, line, column, k;
  if (u16 == NULL || u32 == NULL) {
    CHECK(!"out of memory");
    free(u16);
    free(u32);
    return;
  }
  code = jx_package_from_json(utf8, len, &p);
  CHECK(code != JX_OK);
  snprintf(zh, sizeof zh, "%s", jx_last_error_message(JX_LANG_ZH));
  snprintf(en, sizeof en, "%s", jx_last_error_message(JX_LANG_EN));
  snprintf(path, sizeof path, "%s", jx_last_error_path());
  line = jx_last_error_line();
  column = jx_last_error_column();
  for (k = 0; k < 5; ++k) {
    jx_clear_error();
    switch (k) {
      case 0: CHECK_INT(jx_package_from_json_utf16(u16, n16, &p), code); break;
      case 1: CHECK_INT(jx_package_from_json_utf32(u32, n32, &p), code); break;
      case 2: CHECK_INT(jx_evaluate_json(utf8, len, NULL, &r), code); break;
      case 3: CHECK_INT(jx_evaluate_json_utf16(u16, n16, NULL, &r), code); break;
      default: CHECK_INT(jx_evaluate_json_utf32(u32, n32, NULL, &r), code); break;
    }
    CHECK_INT(jx_last_error_code(), code);
    CHECK_STR(jx_last_error_message(JX_LANG_ZH), zh);
    CHECK_STR(jx_last_error_message(JX_LANG_EN), en);
    CHECK_STR(jx_last_error_path(), path);
    CHECK_INT(jx_last_error_line(), line);
    CHECK_INT(jx_last_error_column(), column);
  }
  CHECK(p == sentinel);
  CHECK(r == rsentinel);
  free(u16);
  free(u32);
}

/* The example's totals under `policy` through jx_evaluate (the reference) against `r`. */
static void check_same_totals(const jx_result *r, const jx_policy *policy) {
  jx_package *p = load_example();
  jx_result *ref = NULL;
  CHECK_OK(jx_evaluate(p, policy, &ref));
  check_same_totals_as(r, ref);
  jx_result_free(ref);
  jx_package_free(p);
}

static void test_package_json_utf16_utf32(void) {
  jx_package *p = NULL, *sentinel = (jx_package *)&example_len;
  jx_result *r = NULL;
  size_t n = 99;
  const uint16_t *u16 = example_utf16;
  const uint32_t *u32 = example_utf32;
  const size_t n16 = example_units16, n32 = example_units32;
  const char *message = NULL, *path = NULL;
  CHECK(n16 < example_len); /* the example has CJK text: fewer units than bytes */
  CHECK(n32 == n16);        /* and nothing beyond U+FFFF */

  /* The example read from UTF-16 and from UTF-32 scores as from UTF-8. */
  CHECK_OK(jx_package_from_json_utf16(u16, n16, &p));
  CHECK_OK(jx_package_warning_count(p, &n));
  CHECK_INT(n, 0);
  CHECK_OK(jx_evaluate(p, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  jx_package_free(p);
  p = NULL;
  CHECK_OK(jx_package_from_json_utf32(u32, n32, &p));
  CHECK_OK(jx_evaluate(p, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  jx_package_free(p);
  p = NULL;

  /* The length counts: the units after it (no NUL anywhere) are not read; half is not JSON. */
  {
    uint16_t *padded16 = (uint16_t *)malloc((n16 + 4) * sizeof *padded16);
    uint32_t *padded32 = (uint32_t *)malloc((n32 + 4) * sizeof *padded32);
    if (padded16 != NULL && padded32 != NULL) {
      memcpy(padded16, u16, n16 * sizeof *u16);
      memcpy(padded32, u32, n32 * sizeof *u32);
      padded16[n16] = padded16[n16 + 1] = padded16[n16 + 2] = padded16[n16 + 3] = 0xD800;
      padded32[n32] = padded32[n32 + 1] = padded32[n32 + 2] = padded32[n32 + 3] = 0x110000;
      CHECK_OK(jx_package_from_json_utf16(padded16, n16, &p));
      jx_package_free(p);
      CHECK_OK(jx_package_from_json_utf32(padded32, n32, &p));
      jx_package_free(p);
      p = sentinel;
      CHECK_ERR(jx_package_from_json_utf16(padded16, n16 / 2, &p), JX_ERR_INVALID_JSON, "JSON syntax error");
      CHECK_ERR(jx_package_from_json_utf32(padded32, n32 / 2, &p), JX_ERR_INVALID_JSON, "JSON syntax error");
      CHECK(p == sentinel);
    } else {
      CHECK(!"out of memory");
    }
    free(padded16);
    free(padded32);
  }

  /* A byte order mark first is skipped; unknown fields are warnings, as from UTF-8. */
  {
    static const uint16_t bom16[] = {0xFEFF, '[', ']'};
    static const uint32_t bom32[] = {0xFEFF, '[', ']'};
    const char *w = "\xEF\xBB\xBF{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"单位𠀀\",\"year\":2024,"
                    "\"totl\":1}";
    size_t m16 = 0, m32 = 0;
    uint16_t *w16 = utf16_of(w, strlen(w), &m16);
    uint32_t *w32 = utf32_of(w, strlen(w), &m32);
    CHECK(w16 != NULL && w16[0] == 0xFEFF && m16 == m32 + 1); /* 𠀀 is a surrogate pair */
    p = NULL;
    CHECK_OK(jx_package_from_json_utf16(w16, m16, &p));
    CHECK_OK(jx_package_warning_count(p, &n));
    CHECK_INT(n, 1);
    CHECK_OK(jx_package_warning(p, 0, JX_LANG_EN, &message, &path));
    CHECK_STR(message, "unknown field 'totl' ignored");
    CHECK_STR(path, "$.totl");
    jx_package_free(p);
    p = NULL;
    CHECK_OK(jx_package_from_json_utf32(w32, m32, &p));
    CHECK_OK(jx_package_warning_count(p, &n));
    CHECK_INT(n, 1);
    jx_package_free(p);
    p = sentinel;
    /* "[]" after the mark: read (the mark skipped) and refused as not a package, not as bad text. */
    CHECK_ERR(jx_package_from_json_utf16(bom16, 3, &p), JX_ERR_INVALID_PACKAGE, "");
    CHECK_ERR(jx_package_from_json_utf32(bom32, 3, &p), JX_ERR_INVALID_PACKAGE, "");
    CHECK(p == sentinel);
    free(w16);
    free(w32);
  }

  /* NULL arguments, empty input. */
  p = sentinel;
  CHECK_ERR(jx_package_from_json_utf16(NULL, 10, &p), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_package_from_json_utf16(u16, n16, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_package_from_json_utf32(NULL, 10, &p), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_package_from_json_utf32(u32, n32, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_package_from_json_utf16(u16, 0, &p), JX_ERR_INVALID_JSON, "empty input");
  CHECK_ERR(jx_package_from_json_utf32(u32, 0, &p), JX_ERR_INVALID_JSON, "empty input");
  CHECK(p == sentinel);

  /* Invalid UTF-16: the unit's offset, line and column (characters: a pair before it counts one). */
  {
    /* {\n"a": "𠀀<unit>"}: the unit at offset 10 is on line 2, column 8 (the pair is one column) */
    uint16_t bad[] = {'{', '\n', '"', 'a', '"', ':', ' ', '"', 0xD840, 0xDC00, 'x', '"', '}'};
    const size_t nb = sizeof bad / sizeof bad[0];
    bad[10] = 0xD800; /* a high surrogate followed by '"' */
    CHECK_ERR(jx_package_from_json_utf16(bad, nb, &p), JX_ERR_INVALID_UTF8, "argument 'json' is not valid UTF-16");
    CHECK_CONTAINS(jx_last_error_message(JX_LANG_EN),
                   "the code unit 0xD800 at unit offset 10 (line 2, column 8) is a high surrogate not followed by a "
                   "low surrogate");
    CHECK_CONTAINS(jx_last_error_message(JX_LANG_ZH), "参数“json”不是有效的 UTF-16：编码单元偏移 10 处（第 2 行第 8 列）");
    CHECK_INT(jx_last_error_line(), 2);
    CHECK_INT(jx_last_error_column(), 8);
    CHECK_STR(jx_last_error_path(), "");
    bad[10] = 0xDC01; /* a low surrogate on its own */
    CHECK_ERR(jx_evaluate_json_utf16(bad, nb, NULL, &r), JX_ERR_INVALID_UTF8,
              "the code unit 0xDC01 at unit offset 10 (line 2, column 8) is a low surrogate with no high surrogate "
              "before it");
    bad[10] = 'x';
    bad[nb - 1] = 0xDBFF; /* a high surrogate last */
    CHECK_ERR(jx_package_from_json_utf16(bad, nb, &p), JX_ERR_INVALID_UTF8,
              "the code unit 0xDBFF at unit offset 12 (line 2, column 10) is a high surrogate with no low surrogate "
              "after it (the text ends)");
    bad[8] = 0xDC00; /* the pair reversed: a low surrogate first */
    bad[9] = 0xD840;
    bad[nb - 1] = '}';
    CHECK_ERR(jx_package_from_json_utf16(bad, nb, &p), JX_ERR_INVALID_UTF8, "0xDC00 at unit offset 8 (line 2, column 7)");
    CHECK(p == sentinel);
  }

  /* Invalid UTF-32: surrogates and units beyond U+10FFFF. */
  {
    uint32_t bad[] = {'[', '\n', '\n', '"', 0x20000, 0xD800, '"', ']'};
    const size_t nb = sizeof bad / sizeof bad[0];
    CHECK_ERR(jx_package_from_json_utf32(bad, nb, &p), JX_ERR_INVALID_UTF8,
              "argument 'json' is not valid UTF-32: the code unit 0xD800 at unit offset 5 (line 3, column 3) is a "
              "surrogate, not a character");
    CHECK_CONTAINS(jx_last_error_message(JX_LANG_ZH), "参数“json”不是有效的 UTF-32：编码单元偏移 5 处（第 3 行第 3 列）的 0xD800");
    CHECK_INT(jx_last_error_line(), 3);
    CHECK_INT(jx_last_error_column(), 3);
    bad[5] = 0x110000;
    CHECK_ERR(jx_evaluate_json_utf32(bad, nb, NULL, &r), JX_ERR_INVALID_UTF8,
              "the code unit 0x110000 at unit offset 5 (line 3, column 3) is beyond Unicode (U+10FFFF at most)");
    bad[5] = 0xFFFFFFFFu;
    CHECK_ERR(jx_package_from_json_utf32(bad, nb, &p), JX_ERR_INVALID_UTF8, "0xFFFFFFFF at unit offset 5");
    bad[5] = 0xDFFF;
    bad[0] = 0xDFFF;
    CHECK_ERR(jx_package_from_json_utf32(bad, nb, &p), JX_ERR_INVALID_UTF8, "0xDFFF at unit offset 0 (line 1, column 1)");
    CHECK(p == sentinel);
  }

  /* Malformed JSON and JSON that is not a package: the reader's errors, whatever the encoding. */
  check_same_error("{\n  \"format\": \"jixiao-package\",\n  \"version\": 1,\n  \"unit_name\": \n}");
  check_same_error("[\"𠀀€\", 1 2]"); /* the column after a character beyond U+FFFF */
  check_same_error("{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"单位\",\"year\":2024,\n"
                   "\"projects\":[{\"project_name\":\"项目𠀀\",\"funds\":{\"total\":{\"executed\":\"12,34.5\"}}}]}");
  check_same_error("{\"format\":\"jixiao-policy\",\"version\":1}");
  check_same_error("\"\\ud800\"");
  check_same_error("");
}

static void test_evaluate_json(void) {
  jx_result *r = NULL, *sentinel = (jx_result *)&example_len;
  jx_policy *hubei = NULL;
  size_t n = 0;
  const uint16_t *u16 = example_utf16;
  const uint32_t *u32 = example_utf32;
  const size_t n16 = example_units16, n32 = example_units32;

  /* Read and scored in one call, from each encoding, under the default and another policy. */
  CHECK_OK(jx_evaluate_json(example_json, example_len, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  CHECK_OK(jx_evaluate_json_utf16(u16, n16, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  CHECK_OK(jx_evaluate_json_utf32(u32, n32, NULL, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;

  /* The result needs neither the text nor the policy: both freed before it is read. */
  {
    char *copy = (char *)malloc(example_len);
    jx_result *r16 = NULL, *r32 = NULL;
    jx_indicator_info row;
    if (copy != NULL) {
      memcpy(copy, example_json, example_len);
      CHECK_OK(jx_policy_builtin("hubei-20-40-40", &hubei));
      CHECK_OK(jx_evaluate_json(copy, example_len, hubei, &r));
      CHECK_OK(jx_evaluate_json_utf16(u16, n16, hubei, &r16));
      CHECK_OK(jx_evaluate_json_utf32(u32, n32, hubei, &r32));
      memset(copy, 'x', example_len);
      free(copy);
      jx_policy_free(hubei);
      hubei = NULL;
      CHECK_OK(jx_policy_builtin("hubei-20-40-40", &hubei));
      check_same_totals(r, hubei);
      check_same_totals(r16, hubei);
      check_same_totals(r32, hubei);
      memset(&row, 0, sizeof row);
      row.struct_size = sizeof row;
      CHECK_OK(jx_result_indicator(r32, 0, 0, &row));
      CHECK(row.name != NULL && row.name[0] != '\0');
      CHECK_OK(jx_result_form_count(r16, &n));
      CHECK_INT(n, 4);
      jx_policy_free(hubei);
      hubei = NULL;
      jx_result_free(r);
      jx_result_free(r16);
      jx_result_free(r32);
      r = NULL;
    } else {
      CHECK(!"out of memory");
    }
  }

  /* NULL arguments, invalid UTF-8, malformed JSON, empty input: out untouched. */
  r = sentinel;
  CHECK_ERR(jx_evaluate_json(NULL, 10, NULL, &r), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_evaluate_json(example_json, example_len, NULL, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_evaluate_json_utf16(NULL, 10, NULL, &r), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_evaluate_json_utf16(u16, n16, NULL, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_evaluate_json_utf32(NULL, 10, NULL, &r), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_evaluate_json_utf32(u32, n32, NULL, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  {
    const char *bad = "{\n\"unit_name\": \"\xC0\xAF\"}";
    CHECK_ERR(jx_evaluate_json(bad, strlen(bad), NULL, &r), JX_ERR_INVALID_UTF8,
              "argument 'json' is not valid UTF-8: the bytes at byte offset 16 (line 2, column 15)");
    CHECK_INT(jx_last_error_line(), 2);
    CHECK_INT(jx_last_error_column(), 15);
  }
  CHECK_ERR(jx_evaluate_json("", 0, NULL, &r), JX_ERR_INVALID_JSON, "empty input");
  CHECK_ERR(jx_evaluate_json_utf16(u16, 0, NULL, &r), JX_ERR_INVALID_JSON, "empty input");
  CHECK_ERR(jx_evaluate_json_utf32(u32, 0, NULL, &r), JX_ERR_INVALID_JSON, "empty input");
  CHECK_ERR(jx_evaluate_json(example_json, example_len / 2, NULL, &r), JX_ERR_INVALID_JSON, "JSON syntax error");
  {
    const char *bad = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":\"2024\"}";
    CHECK_ERR(jx_evaluate_json(bad, strlen(bad), NULL, &r), JX_ERR_INVALID_PACKAGE, "$.year");
    CHECK_STR(jx_last_error_path(), "$.year");
  }
  CHECK(r == sentinel);
}

/* ---- policies ------------------------------------------------------------------------------ */

static char *replace_once(const char *text, const char *from, const char *to) {
  const char *at = strstr(text, from);
  size_t head, n;
  char *out;
  if (at == NULL) return NULL;
  head = (size_t)(at - text);
  n = strlen(text) - strlen(from) + strlen(to);
  out = (char *)malloc(n + 1);
  if (out == NULL) return NULL;
  memcpy(out, text, head);
  strcpy(out + head, to);
  strcat(out, at + strlen(from));
  return out;
}

static void test_policies(void) {
  jx_policy *pol = NULL, *back = NULL, *sentinel = (jx_policy *)&example_len;
  jx_package *p = load_example();
  jx_result *r = NULL;
  char *json = NULL, *json2 = NULL, *bad;
  char file[1024];
  FILE *f;
  size_t i, n = 0;
  static const char *names[] = {"national-2020", "hubei-20-40-40", "grades-80-70-60"};

  CHECK_INT(jx_policy_builtin_count(), 3);
  for (i = 0; i < 3; ++i) CHECK_STR(jx_policy_builtin_name(i), names[i]);
  jx_clear_error();
  CHECK(jx_policy_builtin_name(3) == NULL);
  CHECK_INT(jx_last_error_code(), JX_ERR_INDEX);
  CHECK_CONTAINS(jx_last_error_message(JX_LANG_EN), "built-in policy index 3 is out of range");
  CHECK(jx_policy_builtin_name((size_t)-1) == NULL);

  for (i = 0; i < 3; ++i) {
    CHECK_OK(jx_policy_builtin(names[i], &pol));
    CHECK_OK(jx_evaluate(p, pol, &r));
    CHECK_OK(jx_result_form_count(r, &n));
    CHECK_INT(n, 4);
    jx_result_free(r);
    r = NULL;
    jx_policy_free(pol);
    pol = NULL;
  }

  pol = sentinel;
  CHECK_ERR(jx_policy_builtin("nope", &pol), JX_ERR_UNKNOWN_POLICY, "no built-in policy named 'nope'");
  CHECK_ERR(jx_policy_builtin(NULL, &pol), JX_ERR_NULL_ARGUMENT, "argument 'name'");
  CHECK_ERR(jx_policy_builtin("national-2020", NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_policy_builtin("national\xE2\x82", &pol), JX_ERR_INVALID_UTF8, "argument 'name'");
  CHECK(pol == sentinel);

  /* To JSON and back, from a file too. */
  CHECK_OK(jx_policy_builtin("national-2020", &pol));
  CHECK_OK(jx_policy_to_json(pol, &json));
  CHECK_CONTAINS(json, "\"format\": \"jixiao-policy\"");
  CHECK_CONTAINS(json, "\"id\": \"national-2020\"");
  CHECK_OK(jx_policy_from_json(json, strlen(json), &back));
  CHECK_OK(jx_policy_to_json(back, &json2));
  CHECK_STR(json2, json);
  CHECK_OK(jx_evaluate(p, back, &r));
  check_example_totals(r);
  jx_result_free(r);
  r = NULL;
  jx_policy_free(back);
  back = NULL;
  jx_string_free(json2);
  json2 = NULL;

  snprintf(file, sizeof file, "%s/capi-test-policy.json", scratch_dir);
  f = fopen(file, "wb");
  CHECK(f != NULL);
  if (f != NULL) {
    fputs(json, f);
    fclose(f);
    CHECK_OK(jx_policy_from_file(file, &back));
    jx_policy_free(back);
    back = NULL;
    remove(file);
  }

  /* Errors: malformed, not a policy, a policy that does not validate, no file. */
  back = sentinel;
  CHECK_ERR(jx_policy_from_json("{\"format\": ", 11, &back), JX_ERR_INVALID_JSON, "JSON syntax error at line 1");
  CHECK_INT(jx_last_error_line(), 1);
  CHECK(jx_last_error_column() > 0);
  CHECK_ERR(jx_policy_from_json(example_json, example_len, &back), JX_ERR_INVALID_POLICY, "$.format");
  bad = replace_once(json, "\"scale\": 2", "\"scale\": 39");
  CHECK(bad != NULL);
  if (bad != NULL) {
    CHECK_ERR(jx_policy_from_json(bad, strlen(bad), &back), JX_ERR_INVALID_POLICY, "$.rounding.scale");
    CHECK_STR(jx_last_error_path(), "$.rounding.scale");
    free(bad);
  }
  bad = replace_once(json, "\"min\": \"90\"", "\"min\": \"9x\"");
  CHECK(bad != NULL);
  if (bad != NULL) {
    CHECK_ERR(jx_policy_from_json(bad, strlen(bad), &back), JX_ERR_INVALID_POLICY, "$.grades[0].min");
    CHECK(jx_last_error_line() > 1);
    free(bad);
  }
  CHECK_ERR(jx_policy_from_json(NULL, 1, &back), JX_ERR_NULL_ARGUMENT, "argument 'json'");
  CHECK_ERR(jx_policy_from_json(json, strlen(json), NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_policy_from_json("{\"\xFE\"}", 5, &back), JX_ERR_INVALID_UTF8, "byte offset 2");
  CHECK_ERR(jx_policy_from_file("/no/such/policy.json", &back), JX_ERR_IO, "cannot read file");
  CHECK_ERR(jx_policy_from_file(NULL, &back), JX_ERR_NULL_ARGUMENT, "argument 'path'");
  CHECK_ERR(jx_policy_from_file(file, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_policy_from_file("\xC1", &back), JX_ERR_INVALID_UTF8, "argument 'path'");
  CHECK(back == sentinel);
  json2 = (char *)"untouched";
  CHECK_ERR(jx_policy_to_json(NULL, &json2), JX_ERR_NULL_ARGUMENT, "argument 'policy'");
  CHECK_ERR(jx_policy_to_json(pol, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_STR(json2, "untouched");

  jx_string_free(json);
  jx_policy_free(pol);
  jx_package_free(p);
}

/* ---- evaluation ---------------------------------------------------------------------------- */

static void test_evaluate_example(void) {
  static const char *names[] = {"中共衡山县委机构编制委员会办公室", "事业单位法人登记及证书管理", "机构编制信息化维护费",
                                "机构改革经费"};
  static const char *paths[] = {"$.department", "$.projects[0]", "$.projects[1]", "$.projects[2]"};
  jx_package *p = load_example();
  jx_policy *national = NULL;
  jx_result *r = NULL, *r2 = NULL, *sentinel = (jx_result *)&example_len;
  jx_form_info f;
  jx_indicator_info ind;
  struct {
    jx_form_info info;
    unsigned char later[24]; /* fields a later version might add */
  } big;
  size_t i, n = 0;
  char *json = NULL;

  CHECK_OK(jx_evaluate(p, NULL, &r));
  check_example_totals(r);
  for (i = 0; i < 4; ++i) {
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    CHECK_OK(jx_result_form(r, i, &f));
    CHECK_INT(f.struct_size, sizeof f);
    CHECK_STR(f.kind, i == 0 ? "department" : "project");
    CHECK_STR(f.name, names[i]);
    CHECK_STR(f.path, paths[i]);
    CHECK_STR(f.filed_total, i == 1 ? "99" : "98");
    CHECK_STR(f.grade, "优");
    CHECK_STR(f.grade_en, "excellent");
    CHECK_STR(f.execution_rate, "100.00%");
    CHECK_STR(f.execution_score, "10.00");
    CHECK_INT(f.indicator_count, 8);
  }
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  CHECK_OK(jx_result_form(r, 0, &f));
  CHECK_STR(f.total_explanation_zh,
            "98.00 = 预算执行率得分 10.00 + 产出指标 50.00 + 效益指标 28.00 + 满意度指标 10.00，四舍五入保留2位");
  CHECK_STR(f.total_explanation_en,
            "98.00 = execution 10.00 + Outputs 50.00 + Benefits 28.00 + Satisfaction 10.00, rounded half up to 2 places");

  /* The strings belong to the handle: the same pointers on a second call. */
  {
    jx_form_info again;
    memset(&again, 0, sizeof again);
    again.struct_size = sizeof again;
    CHECK_OK(jx_result_form(r, 0, &again));
    CHECK(again.total == f.total && again.name == f.name);
  }

  /* Rows. */
  memset(&ind, 0, sizeof ind);
  ind.struct_size = sizeof ind;
  CHECK_OK(jx_result_indicator(r, 1, 0, &ind));
  CHECK_STR(ind.path, "$.projects[0].indicators[0].groups[0].indicators[0]");
  CHECK_STR(ind.name, "完成全县事业单位法人登记、换证等");
  CHECK_STR(ind.weight, "15");
  CHECK_STR(ind.filed_score, "15");
  CHECK_STR(ind.computed_score, "15.00");
  CHECK_STR(ind.counted_score, "15.00");
  CHECK_STR(ind.method, "full_marks");
  CHECK_STR(ind.explanation_en, "15.00 = full points (actual 221 ≥ target 221)");
  CHECK(ind.explanation_zh != NULL && ind.explanation_zh[0] != '\0');
  CHECK_OK(jx_result_indicator(r, 1, 6, &ind));
  CHECK_STR(ind.name, "促进依法行政，切实减轻相关单位负担，支持经济平稳发展");
  CHECK_STR(ind.method, "qualitative");
  CHECK_STR(ind.counted_score, "9");
  CHECK_OK(jx_result_indicator(r, 0, 7, &ind));
  CHECK_STR(ind.path, "$.department.indicators[2].groups[0].indicators[0]");
  CHECK_STR(ind.weight, "0");
  CHECK(ind.computed_score == NULL);
  CHECK_STR(ind.counted_score, "10");
  CHECK_STR(ind.method, "not_scored");

  /* Index and struct_size errors leave the output alone. */
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  f.kind = "untouched";
  CHECK_ERR(jx_result_form(r, 4, &f), JX_ERR_INDEX, "form index 4 is out of range: the result has 4 forms");
  CHECK_ERR(jx_result_form(r, JX_FORM_DEPARTMENT, &f), JX_ERR_INDEX, "out of range");
  f.struct_size = sizeof f - 1;
  CHECK_ERR(jx_result_form(r, 0, &f), JX_ERR_INVALID_ARGUMENT, "jx_form_info.struct_size");
  f.struct_size = 0;
  CHECK_ERR(jx_result_form(r, 0, &f), JX_ERR_INVALID_ARGUMENT, "struct_size");
  CHECK_STR(f.kind, "untouched");
  ind.struct_size = sizeof ind;
  ind.name = "untouched";
  CHECK_ERR(jx_result_indicator(r, 1, 8, &ind), JX_ERR_INDEX, "indicator index 8 is out of range: form 1 has 8 rows");
  CHECK_ERR(jx_result_indicator(r, 4, 0, &ind), JX_ERR_INDEX, "form index 4");
  ind.struct_size = sizeof ind / 2;
  CHECK_ERR(jx_result_indicator(r, 1, 0, &ind), JX_ERR_INVALID_ARGUMENT, "jx_indicator_info.struct_size");
  CHECK_STR(ind.name, "untouched");

  /* A caller compiled against a later, larger struct: what this version knows is filled, the rest
     zeroed, struct_size kept. */
  memset(&big, 0xAA, sizeof big);
  big.info.struct_size = sizeof big;
  CHECK_OK(jx_result_form(r, 1, &big.info));
  CHECK_INT(big.info.struct_size, sizeof big);
  CHECK_STR(big.info.total, "99.00");
  CHECK(big.later[0] == 0 && big.later[sizeof big.later - 1] == 0);

  /* Totals through JSON. */
  CHECK_OK(jx_result_to_json(r, &json));
  CHECK_CONTAINS(json, "\"format\": \"jixiao-result\"");
  CHECK_CONTAINS(json, "\"total\": \"98.00\"");
  CHECK_CONTAINS(json, "\"total\": \"99.00\"");
  CHECK_CONTAINS(json, "\"policy_id\": \"national-2020\"");
  jx_string_free(json);
  json = NULL;

  /* An explicit national-2020 is the default. */
  CHECK_OK(jx_policy_builtin("national-2020", &national));
  CHECK_OK(jx_evaluate(p, national, &r2));
  check_example_totals(r2);
  jx_result_free(r2);
  jx_policy_free(national);

  /* NULL arguments. */
  r2 = sentinel;
  CHECK_ERR(jx_evaluate(NULL, NULL, &r2), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_evaluate(p, NULL, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK(r2 == sentinel);
  json = (char *)"untouched";
  CHECK_ERR(jx_result_to_json(NULL, &json), JX_ERR_NULL_ARGUMENT, "argument 'result'");
  CHECK_ERR(jx_result_to_json(r, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_STR(json, "untouched");
  n = 99;
  CHECK_ERR(jx_result_form_count(NULL, &n), JX_ERR_NULL_ARGUMENT, "argument 'result'");
  CHECK_ERR(jx_result_form_count(r, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_INT(n, 99);
  f.struct_size = sizeof f;
  CHECK_ERR(jx_result_form(NULL, 0, &f), JX_ERR_NULL_ARGUMENT, "argument 'result'");
  CHECK_ERR(jx_result_form(r, 0, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  ind.struct_size = sizeof ind;
  CHECK_ERR(jx_result_indicator(NULL, 0, 0, &ind), JX_ERR_NULL_ARGUMENT, "argument 'result'");
  CHECK_ERR(jx_result_indicator(r, 0, 0, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");

  jx_result_free(r);
  jx_package_free(p);
}

/* ---- a package built from code --------------------------------------------------------------- */

/* The seed's first project, 事业单位法人登记及证书管理, row by row as in the form. */
static void add_seed_rows(jx_package *p, size_t form) {
  static const char *rows[][7] = {
      {"产出指标\n(50 分)", "数量指标", "完成全县事业单位法人登记、换证等", "221", "221", "15", "15"},
      {"产出指标", "质量指标", "完成登记质量", "100%", "100%", "15", "15"}, /* the same section, by name */
      {"产出指标\n(50 分)", "时效指标", "及时登记换证", "100%", "100%", "10", "10"},
      {"产出指标\n(50 分)", "成本指标", "严格控制事业单位登记系统更新维护、换证等费用", "严格控制", "严格控制", "10", "10"},
      {"效益指标\n（30 分）", "经济效益指标", "全县事业单位法人登记、换证", "100%", "100%", "10", "10"},
      {"效益指标\n（30 分）", "社会效益指标", "进一步维护事业单位工作正常运行", "进一步完成", "进一步完成", "10", "10"},
      {"效益指标\n（30 分）", "可持续\n影响指标", "促进依法行政，切实减轻相关单位负担，支持经济平稳发展", "进一步促进",
       "进一步促进", "10", "9"},
      {"满意度指标\n（10 分）", "服务对\n象满意度指标", "服务办事单位满意度", "≥96%", "≥96%", "10", "10"}};
  size_t i;
  for (i = 0; i < sizeof rows / sizeof rows[0]; ++i)
    CHECK_OK(jx_form_add_indicator(p, form, rows[i][0], rows[i][1], rows[i][2], rows[i][3], rows[i][4], NULL,
                                   rows[i][5], rows[i][6], i == 0 ? "" : NULL));
}

static void test_build_package(void) {
  jx_package *p = NULL, *q = NULL, *e = NULL, *sentinel = (jx_package *)&example_len;
  jx_result *r = NULL, *re = NULL;
  jx_form_info f;
  jx_indicator_info a, b;
  size_t form = 99, n = 0, i;
  char *json = NULL;

  CHECK_OK(jx_package_new("中共衡山县委机构编制委员会办公室", 2024, JX_MONEY_WAN_YUAN, &p));
  CHECK_ERR(jx_form_set_funds(p, JX_FORM_DEPARTMENT, "1", "1", "1", "10", "10"), JX_ERR_INDEX,
            "call jx_package_set_department first");
  CHECK_ERR(jx_form_set_funds(p, 0, "1", "1", "1", "10", "10"), JX_ERR_INDEX, "form index 0 is out of range");
  CHECK_OK(jx_package_add_project(p, "事业单位法人登记及证书管理", "中共衡山县委机构编制委员会办公室", &form));
  CHECK_INT(form, 0);
  CHECK_OK(jx_form_set_funds(p, form, "28", "28", "28", "10", "10"));
  add_seed_rows(p, form);
  CHECK_OK(jx_form_set_total(p, form, "100", "99"));

  CHECK_OK(jx_evaluate(p, NULL, &r));
  CHECK_OK(jx_result_form_count(r, &n));
  CHECK_INT(n, 1);
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  CHECK_OK(jx_result_form(r, 0, &f));
  CHECK_STR(f.kind, "project");
  CHECK_STR(f.name, "事业单位法人登记及证书管理");
  CHECK_STR(f.path, "$.projects[0]");
  CHECK_STR(f.total, "99.00");
  CHECK_STR(f.filed_total, "99");
  CHECK_STR(f.grade, "优");
  CHECK_STR(f.execution_rate, "100.00%");
  CHECK_STR(f.execution_score, "10.00");
  CHECK_INT(f.indicator_count, 8);
  CHECK_STR(f.total_explanation_en,
            "99.00 = execution 10.00 + Outputs 50.00 + Benefits 29.00 + Satisfaction 10.00, rounded half up to 2 places");

  /* Row by row as the example's first project (the paths differ: the seed has an empty 生态效益指标). */
  e = load_example();
  CHECK_OK(jx_evaluate(e, NULL, &re));
  for (i = 0; i < 8; ++i) {
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    a.struct_size = b.struct_size = sizeof a;
    CHECK_OK(jx_result_indicator(r, 0, i, &a));
    CHECK_OK(jx_result_indicator(re, 1, i, &b));
    CHECK_STR(a.name, b.name);
    CHECK_STR(a.counted_score, b.counted_score);
    CHECK_STR(a.method, b.method);
    CHECK_STR(a.explanation_zh, b.explanation_zh);
  }
  CHECK_OK(jx_result_indicator(r, 0, 1, &a));
  CHECK_STR(a.path, "$.projects[0].indicators[0].groups[1].indicators[0]");
  CHECK_OK(jx_result_indicator(r, 0, 7, &a));
  CHECK_STR(a.path, "$.projects[0].indicators[2].groups[0].indicators[0]");
  jx_result_free(re);
  re = NULL;
  jx_package_free(e);
  e = NULL;
  jx_result_free(r);
  r = NULL;

  /* A bad cell: the argument, the JSON path the cell would have, and no change to the package. */
  CHECK_ERR(jx_form_set_funds(p, form, NULL, "28", "2x8", "10", "10"), JX_ERR_INVALID_NUMBER,
            "argument 'executed': unexpected character 'x' at position 2");
  CHECK_STR(jx_last_error_path(), "$.projects[0].funds.total.executed");
  CHECK_INT(jx_last_error_column(), 2);
  CHECK_ERR(jx_form_set_funds(p, form, "100000000000000000000000000000000000000", "28", "28", "10", "10"),
            JX_ERR_OUT_OF_RANGE, "argument 'initial_budget'");
  CHECK_ERR(jx_form_set_funds(p, form, "28", "28", "28", "10", "1.2.3"), JX_ERR_INVALID_NUMBER,
            "argument 'self_score'");
  CHECK_STR(jx_last_error_path(), "$.projects[0].funds.total.self_score");
  CHECK_ERR(jx_form_set_funds(p, form, "28", "28", "28", "\xE5", "10"), JX_ERR_INVALID_UTF8, "argument 'weight'");
  CHECK_ERR(jx_form_set_funds(p, form, "28", "28", "28", "10%", "10"), JX_ERR_INVALID_NUMBER, "argument 'weight'");
  CHECK_ERR(jx_form_set_funds(p, form, "28", "28.5\xF0", "28", "10", "10"), JX_ERR_INVALID_UTF8,
            "argument 'annual_budget'");
  CHECK_ERR(jx_form_add_indicator(p, form, "产出指标", "数量指标", "新指标", "1", "1", NULL, "ten", "10", NULL),
            JX_ERR_INVALID_NUMBER, "argument 'weight'");
  CHECK_STR(jx_last_error_path(), "$.projects[0].indicators[0].groups[0].indicators[1].weight");
  CHECK_ERR(jx_form_add_indicator(p, form, "新一级", "新二级", "新指标", "1", "1", NULL, "10", "1,0", NULL),
            JX_ERR_INVALID_NUMBER, "argument 'self_score'");
  CHECK_STR(jx_last_error_path(), "$.projects[0].indicators[3].groups[0].indicators[0].self_score");
  CHECK_ERR(jx_form_set_total(p, form, "100", "9 9"), JX_ERR_INVALID_NUMBER, "argument 'total_self_score'");
  CHECK_STR(jx_last_error_path(), "$.projects[0].total_self_score");
  CHECK_ERR(jx_form_set_total(p, form, "1e2", "99"), JX_ERR_INVALID_NUMBER, "argument 'total_weight'");
  CHECK_OK(jx_evaluate(p, NULL, &r));
  CHECK_STR(form_total(r, 0), "99.00");
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  CHECK_OK(jx_result_form(r, 0, &f));
  CHECK_INT(f.indicator_count, 8); /* the failed rows were not added */
  CHECK_STR(f.filed_total, "99");
  jx_result_free(r);
  r = NULL;

  /* Out to JSON and back. */
  CHECK_OK(jx_package_to_json(p, &json));
  CHECK_CONTAINS(json, "\"project_name\": \"事业单位法人登记及证书管理\"");
  CHECK_CONTAINS(json, "\"title\": \"2024年度项目支出绩效自评表\"");
  CHECK_OK(jx_package_from_json(json, strlen(json), &q));
  CHECK_OK(jx_evaluate(q, NULL, &r));
  CHECK_STR(form_total(r, 0), "99.00");
  jx_result_free(r);
  r = NULL;
  jx_package_free(q);
  q = NULL;
  jx_string_free(json);
  json = NULL;

  /* Form indexes, NULL arguments. */
  CHECK_ERR(jx_form_set_funds(p, 1, "1", "1", "1", "10", "10"), JX_ERR_INDEX, "form index 1 is out of range");
  CHECK_ERR(jx_form_add_indicator(p, 5, "a", "b", "c", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_INDEX, "form index 5");
  CHECK_ERR(jx_form_set_total(p, 2, "100", "99"), JX_ERR_INDEX, "form index 2");
  CHECK_ERR(jx_form_set_total(p, JX_FORM_DEPARTMENT, "100", "99"), JX_ERR_INDEX, "jx_package_set_department");
  CHECK_ERR(jx_form_add_indicator(p, JX_FORM_DEPARTMENT, "a", "b", "c", NULL, NULL, NULL, NULL, NULL, NULL),
            JX_ERR_INDEX, "no department form");
  CHECK_ERR(jx_form_set_funds(NULL, 0, "1", "1", "1", "10", "10"), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_form_set_total(NULL, 0, "100", "99"), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_form_add_indicator(NULL, 0, "a", "b", "c", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_NULL_ARGUMENT,
            "argument 'package'");
  CHECK_ERR(jx_form_add_indicator(p, 0, NULL, "b", "c", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_NULL_ARGUMENT,
            "argument 'level1'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", NULL, "c", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_NULL_ARGUMENT,
            "argument 'level2'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "b", NULL, NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_NULL_ARGUMENT,
            "argument 'name'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "\xFF", "b", "c", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_INVALID_UTF8,
            "argument 'level1'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "\xFF", "c", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_INVALID_UTF8,
            "argument 'level2'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "b", "\xFF", NULL, NULL, NULL, NULL, NULL, NULL), JX_ERR_INVALID_UTF8,
            "argument 'name'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "b", "c", "\xFF", NULL, NULL, NULL, NULL, NULL), JX_ERR_INVALID_UTF8,
            "argument 'target'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "b", "c", NULL, "\xFF", NULL, NULL, NULL, NULL), JX_ERR_INVALID_UTF8,
            "argument 'actual'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "b", "c", NULL, NULL, "\xFF", NULL, NULL, NULL), JX_ERR_INVALID_UTF8,
            "argument 'unit'");
  CHECK_ERR(jx_form_add_indicator(p, 0, "a", "b", "c", NULL, NULL, NULL, NULL, NULL, "\xFF"), JX_ERR_INVALID_UTF8,
            "argument 'deviation'");
  CHECK_ERR(jx_form_set_total(p, 0, "\xFF", NULL), JX_ERR_INVALID_UTF8, "argument 'total_weight'");
  jx_package_free(p);
  p = NULL;

  /* jx_package_new and the forms' constructors. */
  p = sentinel;
  CHECK_ERR(jx_package_new(NULL, 2024, JX_MONEY_WAN_YUAN, &p), JX_ERR_NULL_ARGUMENT, "argument 'unit_name'");
  CHECK_ERR(jx_package_new("单位", 2024, JX_MONEY_WAN_YUAN, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_package_new("单位\xE4\xBD", 2024, JX_MONEY_WAN_YUAN, &p), JX_ERR_INVALID_UTF8, "argument 'unit_name'");
  CHECK_ERR(jx_package_new("单位", -1, JX_MONEY_WAN_YUAN, &p), JX_ERR_INVALID_ARGUMENT, "year must be between 0 and 9999");
  CHECK_ERR(jx_package_new("单位", 10000, JX_MONEY_WAN_YUAN, &p), JX_ERR_INVALID_ARGUMENT, "not 10000");
  CHECK_ERR(jx_package_new("单位", 2024, 2, &p), JX_ERR_INVALID_ARGUMENT, "money_unit must be");
  CHECK(p == sentinel);

  /* A department and a project, amounts in 元, blank cells. */
  p = NULL;
  CHECK_OK(jx_package_new("单位", 0, JX_MONEY_YUAN, &p));
  CHECK_ERR(jx_package_set_department(NULL, "单位"), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_package_set_department(p, NULL), JX_ERR_NULL_ARGUMENT, "argument 'unit_name'");
  CHECK_ERR(jx_package_set_department(p, "\x80"), JX_ERR_INVALID_UTF8, "argument 'unit_name'");
  CHECK_OK(jx_package_set_department(p, "旧名"));
  CHECK_OK(jx_form_add_indicator(p, JX_FORM_DEPARTMENT, "产出", "数量", "x", "1", "1", "个", "10", "10", NULL));
  CHECK_OK(jx_package_set_department(p, "单位")); /* replaces the form, rows and all */
  CHECK_OK(jx_form_set_funds(p, JX_FORM_DEPARTMENT, "2092100", "2113400", "2113400", "10", NULL));
  CHECK_OK(jx_form_add_indicator(p, JX_FORM_DEPARTMENT, "产出指标", "数量指标", "培训人次", "≥100", "90", "人次", "50",
                                 "  ", "培训推迟"));
  CHECK_OK(jx_form_set_total(p, JX_FORM_DEPARTMENT, "", NULL));
  form = 99;
  CHECK_ERR(jx_package_add_project(NULL, "项目", NULL, &form), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_package_add_project(p, NULL, NULL, &form), JX_ERR_NULL_ARGUMENT, "argument 'project_name'");
  CHECK_ERR(jx_package_add_project(p, "项目", NULL, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out_form'");
  CHECK_ERR(jx_package_add_project(p, "项目\xFF", NULL, &form), JX_ERR_INVALID_UTF8, "argument 'project_name'");
  CHECK_ERR(jx_package_add_project(p, "项目", "\xFF", &form), JX_ERR_INVALID_UTF8, "argument 'implementing_unit'");
  CHECK_INT(form, 99);
  CHECK_OK(jx_package_add_project(p, "项目", NULL, &form)); /* no implementing unit */
  CHECK_INT(form, 0);
  CHECK_OK(jx_form_set_funds(p, form, NULL, "", "\xE3\x80\x80", NULL, NULL)); /* all blank */
  CHECK_OK(jx_evaluate(p, NULL, &r));
  CHECK_OK(jx_result_form_count(r, &n));
  CHECK_INT(n, 2);
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  CHECK_OK(jx_result_form(r, 0, &f));
  CHECK_STR(f.kind, "department");
  CHECK_STR(f.name, "单位");
  CHECK_STR(f.execution_rate, "100.00%");
  CHECK_STR(f.execution_score, "10.00");
  CHECK(f.filed_total == NULL);
  CHECK_INT(f.indicator_count, 1);
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  CHECK_OK(jx_result_indicator(r, 0, 0, &a));
  CHECK_STR(a.computed_score, "45.00"); /* 90 ÷ 100 × 50 */
  CHECK(a.filed_score == NULL);
  CHECK_STR(a.method, "proportional");
  CHECK_OK(jx_result_form(r, 1, &f));
  CHECK_STR(f.kind, "project");
  CHECK(f.execution_rate == NULL && f.execution_score == NULL);
  CHECK_INT(f.indicator_count, 0);
  jx_result_free(r);
  r = NULL;
  CHECK_OK(jx_package_to_json(p, &json));
  CHECK_CONTAINS(json, "\"money_unit\": \"yuan\"");
  CHECK_CONTAINS(json, "\"annual_budget\": \"2113400\"");
  CHECK_CONTAINS(json, "\"deviation\": \"培训推迟\"");
  jx_string_free(json);
  jx_package_free(p);
}

/* ---- one row, one execution rate ------------------------------------------------------------- */

static void test_score_functions(void) {
  char *score = NULL, *expl = NULL, *s_sentinel = (char *)"untouched";
  jx_policy *national = NULL;

  CHECK_OK(jx_score_indicator(NULL, "96", "90", NULL, "10", NULL, JX_LANG_ZH, &score, &expl));
  CHECK_STR(score, "9.38");
  CHECK_STR(expl, "9.38 = 90 ÷ 96 × 10，四舍五入保留2位（未完成指标值，按完成比例计分）");
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_policy_builtin("national-2020", &national));
  CHECK_OK(jx_score_indicator(national, "96", "90", "", "10", "10", JX_LANG_EN, &score, &expl));
  CHECK_STR(score, "9.38");
  CHECK_STR(expl, "9.38 = 90 / 96 × 10, rounded half up to 2 places (target missed: in proportion)");
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_score_indicator(NULL, "≥96%", "98%", NULL, "10", NULL, JX_LANG_EN, &score, &expl));
  CHECK_STR(score, "10.00");
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_score_indicator(NULL, "8", "6", "万元", "10", NULL, JX_LANG_EN, &score, &expl));
  CHECK_STR(score, "7.50");
  jx_string_free(score);
  jx_string_free(expl);

  /* A row that cannot be scored: no score, an explanation all the same. */
  CHECK_OK(jx_score_indicator(NULL, "做好宣传", "已做好", NULL, "10", NULL, JX_LANG_EN, &score, &expl));
  CHECK(score == NULL);
  CHECK(expl != NULL && expl[0] != '\0');
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_score_indicator(NULL, NULL, NULL, NULL, NULL, NULL, JX_LANG_ZH, &score, &expl));
  CHECK(score == NULL);
  jx_string_free(score);
  jx_string_free(expl);

  score = expl = s_sentinel;
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "10", NULL, JX_LANG_ZH, NULL, &expl), JX_ERR_NULL_ARGUMENT,
            "argument 'out_score'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "10", NULL, JX_LANG_ZH, &score, NULL), JX_ERR_NULL_ARGUMENT,
            "argument 'out_explanation'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "10", NULL, 7, &score, &expl), JX_ERR_INVALID_ARGUMENT,
            "lang must be 0 (Chinese) or 1 (English), not 7");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "ten", NULL, JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_NUMBER,
            "argument 'weight'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "10", "9..5", JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_NUMBER,
            "argument 'self_score'");
  CHECK_ERR(jx_score_indicator(NULL, "9\xFF", "90", NULL, "10", NULL, JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_UTF8,
            "argument 'target'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "\xFF", NULL, "10", NULL, JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_UTF8,
            "argument 'actual'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", "\xFF", "10", NULL, JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_UTF8,
            "argument 'unit'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "\xFF", NULL, JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_UTF8,
            "argument 'weight'");
  CHECK_ERR(jx_score_indicator(NULL, "96", "90", NULL, "10", "\xFF", JX_LANG_ZH, &score, &expl), JX_ERR_INVALID_UTF8,
            "argument 'self_score'");
  CHECK(score == s_sentinel && expl == s_sentinel);

  /* The execution rate and its points. */
  CHECK_OK(jx_score_execution(NULL, "211.34", "211.34", &score, &expl));
  CHECK_STR(score, "100.00%");
  CHECK_STR(expl, "10.00");
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_score_execution(national, "96", "90", &score, &expl));
  CHECK_STR(score, "93.75%");
  CHECK_STR(expl, "9.38");
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_score_execution(NULL, "100", "110", &score, &expl));
  CHECK_STR(score, "110.00%");
  CHECK_STR(expl, "10.00"); /* capped at the points */
  jx_string_free(score);
  jx_string_free(expl);
  CHECK_OK(jx_score_execution(NULL, "", NULL, &score, &expl)); /* blank: no rate */
  CHECK(score == NULL && expl == NULL);
  CHECK_OK(jx_score_execution(NULL, "0", "5", &score, &expl)); /* a zero budget: no rate */
  CHECK(score == NULL && expl == NULL);

  score = expl = s_sentinel;
  CHECK_ERR(jx_score_execution(NULL, "211.34", "211.34", NULL, &expl), JX_ERR_NULL_ARGUMENT, "argument 'out_rate'");
  CHECK_ERR(jx_score_execution(NULL, "211.34", "211.34", &score, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out_score'");
  CHECK_ERR(jx_score_execution(NULL, "2l1.34", "211.34", &score, &expl), JX_ERR_INVALID_NUMBER,
            "argument 'annual_budget': unexpected character 'l' at position 2");
  CHECK_ERR(jx_score_execution(NULL, "211.34", "211.34.0", &score, &expl), JX_ERR_INVALID_NUMBER, "argument 'executed'");
  CHECK_ERR(jx_score_execution(NULL, "211.34", "\xC2", &score, &expl), JX_ERR_INVALID_UTF8, "argument 'executed'");
  CHECK_ERR(jx_score_execution(NULL, "1000000000000000000000000000000000000", "1", &score, &expl), JX_ERR_OUT_OF_RANGE,
            "argument 'annual_budget'"); /* 10^36 万元 is 10^40 元 */
  CHECK(score == s_sentinel && expl == s_sentinel);
  jx_policy_free(national);
}

/* ---- audit --------------------------------------------------------------------------------- */

/* Every finding at once: each as jx_audit_finding gives it (jx_finding_info has an int among its
   pointers, so the stride and the zeroed tail are checked on a struct with padding). */
static void test_audit_findings(void) {
  jx_package *p = load_example();
  jx_audit *a = NULL, *empty = NULL;
  jx_finding_info one, *all;
  struct {
    jx_finding_info info;
    unsigned char later[24]; /* fields a later version might add */
  } * big;
  size_t n = 99, count = 0, i;

  CHECK_OK(jx_audit_package(p, NULL, &a));
  CHECK_OK(jx_audit_finding_count(a, &count));
  CHECK(count > 2);
  CHECK_OK(jx_audit_findings(a, NULL, 0, &n));
  CHECK_INT(n, count);

  all = (jx_finding_info *)malloc((count + 1) * sizeof *all);
  big = malloc((count + 1) * sizeof *big);
  if (all == NULL || big == NULL) {
    CHECK(0);
    free(all);
    free(big);
    return;
  }
  memset(all, 0xAB, (count + 1) * sizeof *all);
  all[0].struct_size = sizeof all[0];
  n = 0;
  CHECK_OK(jx_audit_findings(a, all, count + 1, &n));
  CHECK_INT(n, count);
  for (i = 0; i < count; ++i) {
    memset(&one, 0, sizeof one);
    one.struct_size = sizeof one;
    CHECK_OK(jx_audit_finding(a, i, &one));
    CHECK_INT(all[i].struct_size, sizeof one);
    CHECK(all[i].code == one.code && all[i].severity == one.severity && all[i].path == one.path);
    CHECK(all[i].message_zh == one.message_zh && all[i].expected == one.expected && all[i].found == one.found);
  }
  CHECK(((const unsigned char *)&all[count])[0] == 0xAB);

  /* Less room than findings: the count all the same, the first ones filled. */
  memset(all, 0, (count + 1) * sizeof *all);
  all[0].struct_size = sizeof all[0];
  CHECK_OK(jx_audit_findings(a, all, 2, &n));
  CHECK_INT(n, count);
  CHECK(all[1].code != NULL && all[2].code == NULL && all[2].struct_size == 0);

  /* A later version's bigger struct: its size is the stride, the bytes this version does not know
     are zeroed, the element beyond the findings untouched. */
  memset(big, 0xCD, (count + 1) * sizeof *big);
  big[0].info.struct_size = sizeof big[0];
  CHECK_OK(jx_audit_findings(a, &big[0].info, count + 1, &n));
  CHECK_INT(n, count);
  for (i = 0; i < count; ++i) {
    memset(&one, 0, sizeof one);
    one.struct_size = sizeof one;
    CHECK_OK(jx_audit_finding(a, i, &one));
    CHECK_INT(big[i].info.struct_size, sizeof big[0]);
    CHECK(big[i].info.code == one.code && big[i].info.severity == one.severity && big[i].info.found == one.found);
    CHECK(big[i].later[0] == 0 && big[i].later[23] == 0);
  }
  CHECK(big[count].later[0] == 0xCD);

  /* Errors; nothing written. */
  memset(all, 0, (count + 1) * sizeof *all);
  n = 99;
  all[0].struct_size = sizeof all[0];
  CHECK_ERR(jx_audit_findings(NULL, all, count, &n), JX_ERR_NULL_ARGUMENT, "argument 'audit'");
  CHECK_ERR(jx_audit_findings(a, all, count, NULL), JX_ERR_NULL_ARGUMENT, "argument 'count'");
  CHECK_ERR(jx_audit_findings(a, NULL, 1, &n), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  all[0].struct_size = offsetof(jx_finding_info, found);
  CHECK_ERR(jx_audit_findings(a, all, count, &n), JX_ERR_INVALID_ARGUMENT, "jx_finding_info.struct_size is");
  all[0].struct_size = sizeof all[0] + 4;
  CHECK_ERR(jx_audit_findings(a, all, count, &n), JX_ERR_INVALID_ARGUMENT, "not a multiple of");
  CHECK_INT(n, 99);
  CHECK(all[0].code == NULL && all[1].struct_size == 0);

  /* An audit with no findings: a package with nothing in it. */
  {
    const char *bare = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":2024}";
    jx_package *bp = NULL;
    CHECK_OK(jx_package_from_json(bare, strlen(bare), &bp));
    CHECK_OK(jx_audit_package(bp, NULL, &empty));
    all[0].struct_size = sizeof all[0];
    CHECK_OK(jx_audit_findings(empty, all, 1, &n));
    CHECK_INT(n, 0);
    CHECK(all[0].code == NULL);
    jx_audit_free(empty);
    jx_package_free(bp);
  }
  free(all);
  free(big);
  jx_audit_free(a);
  jx_package_free(p);
}

static void test_audit(void) {
  jx_package *p = load_example();
  jx_audit *a = NULL, *a2 = NULL, *sentinel = (jx_audit *)&example_len;
  jx_policy *hubei = NULL;
  const jx_result *r = NULL, *r_sentinel = (const jx_result *)&example_len;
  jx_finding_info fi;
  size_t n = 0, i, with_expected = 0, n_sentinel = 12345;
  int last_severity = JX_SEVERITY_ERROR;
  char *json = NULL;

  CHECK_OK(jx_audit_package(p, NULL, &a));
  CHECK_OK(jx_audit_finding_count(a, &n));
  CHECK(n > 0);
  for (i = 0; i < n; ++i) {
    memset(&fi, 0, sizeof fi);
    fi.struct_size = sizeof fi;
    if (!CHECK_OK(jx_audit_finding(a, i, &fi))) continue;
    CHECK(fi.code != NULL && strncmp(fi.code, "JX-", 3) == 0);
    CHECK(fi.severity >= JX_SEVERITY_INFO && fi.severity <= JX_SEVERITY_ERROR);
    CHECK(fi.severity <= last_severity); /* most severe first */
    last_severity = fi.severity;
    CHECK(fi.form != NULL && fi.form[0] != '\0');
    CHECK(fi.form_name != NULL && fi.row != NULL && fi.field != NULL);
    CHECK(fi.path != NULL && fi.path[0] == '$');
    CHECK(fi.message_zh != NULL && fi.message_zh[0] != '\0');
    CHECK(fi.message_en != NULL && fi.message_en[0] != '\0');
    if (fi.expected != NULL) ++with_expected;
  }
  CHECK(with_expected > 0 && with_expected < n); /* some findings have numbers, some do not */

  /* The evaluation the audit made, owned by the audit. */
  CHECK_OK(jx_audit_result(a, &r));
  check_example_totals(r);
  jx_result_free((jx_result *)r); /* not the caller's to free: ignored, the audit keeps it */
  check_example_totals(r);
  CHECK_OK(jx_result_to_json(r, &json));
  CHECK_CONTAINS(json, "\"total\": \"99.00\"");
  jx_string_free(json);
  json = NULL;

  CHECK_OK(jx_audit_to_json(a, &json));
  CHECK_CONTAINS(json, "\"format\": \"jixiao-audit\"");
  CHECK_CONTAINS(json, "\"code\": \"JX-");
  jx_string_free(json);
  json = NULL;

  /* Errors. */
  memset(&fi, 0, sizeof fi);
  fi.struct_size = sizeof fi;
  fi.code = "untouched";
  CHECK_ERR(jx_audit_finding(a, n, &fi), JX_ERR_INDEX, "is out of range");
  fi.struct_size = offsetof(jx_finding_info, found);
  CHECK_ERR(jx_audit_finding(a, 0, &fi), JX_ERR_INVALID_ARGUMENT, "jx_finding_info.struct_size");
  CHECK_STR(fi.code, "untouched");
  fi.struct_size = sizeof fi;
  CHECK_ERR(jx_audit_finding(NULL, 0, &fi), JX_ERR_NULL_ARGUMENT, "argument 'audit'");
  CHECK_ERR(jx_audit_finding(a, 0, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_ERR(jx_audit_finding_count(NULL, &n_sentinel), JX_ERR_NULL_ARGUMENT, "argument 'audit'");
  CHECK_ERR(jx_audit_finding_count(a, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_INT(n_sentinel, 12345);
  r = r_sentinel;
  CHECK_ERR(jx_audit_result(NULL, &r), JX_ERR_NULL_ARGUMENT, "argument 'audit'");
  CHECK_ERR(jx_audit_result(a, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK(r == r_sentinel);
  json = (char *)"untouched";
  CHECK_ERR(jx_audit_to_json(NULL, &json), JX_ERR_NULL_ARGUMENT, "argument 'audit'");
  CHECK_ERR(jx_audit_to_json(a, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK_STR(json, "untouched");
  a2 = sentinel;
  CHECK_ERR(jx_audit_package(NULL, NULL, &a2), JX_ERR_NULL_ARGUMENT, "argument 'package'");
  CHECK_ERR(jx_audit_package(p, NULL, NULL), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  CHECK(a2 == sentinel);

  /* Under another policy. */
  CHECK_OK(jx_policy_builtin("hubei-20-40-40", &hubei));
  CHECK_OK(jx_audit_package(p, hubei, &a2));
  CHECK_OK(jx_audit_result(a2, &r));
  CHECK_OK(jx_result_form_count(r, &n));
  CHECK_INT(n, 4);
  jx_audit_free(a2);
  jx_policy_free(hubei);

  jx_audit_free(a);
  jx_package_free(p);
}

/* ---- freeing --------------------------------------------------------------------------------- */

static void test_free(void) {
  jx_package *p = load_example();
  jx_policy *pol = NULL;
  jx_result *r = NULL;
  jx_audit *a = NULL;
  char *s = NULL;

  CHECK_OK(jx_policy_builtin("national-2020", &pol));
  CHECK_OK(jx_evaluate(p, pol, &r));
  CHECK_OK(jx_audit_package(p, pol, &a));
  CHECK_OK(jx_decimal_calc("1", '+', "1", 0, 0, &s));

  /* The documented pattern: free, set the pointer to NULL; a second free is then harmless. */
  jx_audit_free(a);
  a = NULL;
  jx_audit_free(a);
  jx_result_free(r);
  r = NULL;
  jx_result_free(r);
  jx_policy_free(pol);
  pol = NULL;
  jx_policy_free(pol);
  jx_package_free(p);
  p = NULL;
  jx_package_free(p);
  jx_string_free(s);
  s = NULL;
  jx_string_free(s);
  CHECK(a == NULL && r == NULL && pol == NULL && p == NULL && s == NULL);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s <examples/hengshan-2024/package.json> <scratch directory>\n", argv[0]);
    return 2;
  }
  example_path = argv[1];
  scratch_dir = argv[2];
  example_json = read_all(example_path, &example_len);
  if (example_json == NULL) {
    fprintf(stderr, "cannot read %s\n", example_path);
    return 2;
  }
  example_utf16 = utf16_of(example_json, example_len, &example_units16);
  example_utf32 = utf32_of(example_json, example_len, &example_units32);
  if (example_utf16 == NULL || example_utf32 == NULL) {
    fprintf(stderr, "out of memory\n");
    return 2;
  }

  test_last_error(); /* first: nothing has failed on this thread yet */
  test_versions();
  test_status_names();
  test_decimal_parse_format();
  test_decimal_arithmetic();
  test_decimal_calc();
  test_package_json();
  test_package_json_utf16_utf32();
  test_evaluate_json();
  test_policies();
  test_evaluate_example();
  test_result_forms();
  test_result_indicators();
  test_audit_findings();
  test_build_package();
  test_score_functions();
  test_audit();
  test_free();

  free(example_utf16);
  free(example_utf32);
  free(example_json);
  return jt_summary();
}
