/* Tests of the C API's batch functions in C99: jx_evaluate_json_batch (and its UTF-16 and UTF-32
 * forms) against jx_evaluate_json one package at a time, stopping at the first package that fails;
 * jx_results_forms against jx_result_forms, filling whole results while they fit; their argument
 * errors.
 *
 * Usage: capi-batch-test <examples/hengshan-2024/package.json> */
#include "harness.h"
#include "read_file.h"
#include "result_totals.h"
#include "wide_text.h"

#include <jixiao.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *example_json;
static size_t example_len;

/* A package without forms, and one that fails to read at "$.year" (line 1, column 63: its value). */
static const char bare[] = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":2024}";
static const char bad_year[] = "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"x\",\"year\":\"2024\"}";

#define BATCH 5

/* The batch of the tests: the example, the bare package, the example, and two more after. */
typedef struct {
  const char *texts[BATCH];
  size_t lengths[BATCH];
  uint16_t *texts16[BATCH];
  size_t units16[BATCH];
  uint32_t *texts32[BATCH];
  size_t units32[BATCH];
} Batch;

static int make_batch(Batch *b, const char *const texts[BATCH]) {
  int i, ok = 1;
  memset(b, 0, sizeof *b);
  for (i = 0; i < BATCH; ++i) {
    b->texts[i] = texts[i];
    b->lengths[i] = strlen(texts[i]);
    b->texts16[i] = utf16_of(texts[i], b->lengths[i], &b->units16[i]);
    b->texts32[i] = utf32_of(texts[i], b->lengths[i], &b->units32[i]);
    ok &= b->texts16[i] != NULL && b->texts32[i] != NULL;
  }
  return ok;
}

static void free_batch(Batch *b) {
  int i;
  for (i = 0; i < BATCH; ++i) {
    free(b->texts16[i]);
    free(b->texts32[i]);
  }
}

/* The result of the batch matches jx_evaluate_json of the same text, form by form. */
static void check_same_as_one(const jx_result *got, const char *text, const jx_policy *policy) {
  jx_result *want = NULL;
  if (!CHECK_OK(jx_evaluate_json(text, strlen(text), policy, &want))) return;
  check_same_totals_as(got, want);
  jx_result_free(want);
}

enum { UTF8, UTF16, UTF32 };

static int evaluate_batch(int encoding, const Batch *b, size_t count, const jx_policy *policy, jx_result **results,
                          size_t *done) {
  switch (encoding) {
    case UTF16:
      return jx_evaluate_json_batch_utf16((const uint16_t *const *)b->texts16, b->units16, count, policy, results,
                                          done);
    case UTF32:
      return jx_evaluate_json_batch_utf32((const uint32_t *const *)b->texts32, b->units32, count, policy, results,
                                          done);
    default:
      return jx_evaluate_json_batch(b->texts, b->lengths, count, policy, results, done);
  }
}

static void test_evaluate_json_batch(void) {
  const char *const good[BATCH] = {example_json, bare, example_json, bare, example_json};
  const char *const failing[BATCH] = {example_json, bare, bad_year, example_json, example_json};
  jx_result *sentinel = (jx_result *)&example_len;
  jx_result *results[BATCH];
  jx_policy *hubei = NULL;
  Batch b;
  int encoding, i;
  size_t done = 99, n = 99;

  if (!make_batch(&b, good)) {
    CHECK(!"out of memory");
    free_batch(&b);
    return;
  }
  CHECK_OK(jx_policy_builtin("hubei-20-40-40", &hubei));
  for (encoding = UTF8; encoding <= UTF32; ++encoding) {
    /* Every package scored, as one at a time scores it, under the default and another policy. */
    for (i = 0; i < BATCH; ++i) results[i] = sentinel;
    CHECK_OK(evaluate_batch(encoding, &b, BATCH, NULL, results, &done));
    CHECK_INT(done, BATCH);
    for (i = 0; i < BATCH; ++i) {
      check_same_as_one(results[i], good[i], NULL);
      jx_result_free(results[i]);
    }
    CHECK_OK(evaluate_batch(encoding, &b, 3, hubei, results, &done));
    CHECK_INT(done, 3);
    CHECK_OK(jx_result_form_count(results[1], &n));
    CHECK_INT(n, 0);
    for (i = 0; i < 3; ++i) {
      check_same_as_one(results[i], good[i], hubei);
      jx_result_free(results[i]);
    }
    /* An empty batch. */
    done = 99;
    CHECK_OK(evaluate_batch(encoding, &b, 0, NULL, NULL, &done));
    CHECK_INT(done, 0);
  }
  CHECK_OK(jx_evaluate_json_batch(NULL, NULL, 0, NULL, NULL, &done));
  CHECK_OK(jx_evaluate_json_batch_utf16(NULL, NULL, 0, NULL, NULL, &done));
  CHECK_OK(jx_evaluate_json_batch_utf32(NULL, NULL, 0, NULL, NULL, &done));
  CHECK_INT(done, 0);
  free_batch(&b);

  /* The first package that fails stops the batch: the results before it are there, its error is
     the last error, nothing is written for it or after it. */
  if (!make_batch(&b, failing)) {
    CHECK(!"out of memory");
    free_batch(&b);
    jx_policy_free(hubei);
    return;
  }
  for (encoding = UTF8; encoding <= UTF32; ++encoding) {
    for (i = 0; i < BATCH; ++i) results[i] = sentinel;
    done = 99;
    CHECK_ERR(evaluate_batch(encoding, &b, BATCH, NULL, results, &done), JX_ERR_INVALID_PACKAGE, "$.year");
    CHECK_INT(done, 2);
    CHECK_STR(jx_last_error_path(), "$.year");
    CHECK_INT(jx_last_error_line(), 1);
    CHECK_INT(jx_last_error_column(), 63);
    check_same_as_one(results[0], example_json, NULL);
    CHECK_OK(jx_result_form_count(results[1], &n));
    CHECK_INT(n, 0);
    CHECK(results[2] == sentinel && results[3] == sentinel && results[4] == sentinel);
    jx_result_free(results[0]);
    jx_result_free(results[1]);
  }

  /* Text that is not text in the second package — invalid UTF-8, an unpaired UTF-16 surrogate, a
     UTF-32 surrogate — named as texts[i] with its offset; then a NULL text there. The package before
     it is scored, nothing is written for it. */
  {
    const char bad_utf8[] = "{\n\"unit_name\": \"\xC0\xAF\"}";
    uint16_t u16[] = {'{', 0xD800, '}'};
    uint32_t u32[] = {'{', 0xDC00, '}'};
    const char *const what[] = {
        "argument 'texts[i]' is not valid UTF-8: the bytes at byte offset 16 (line 2, column 15)",
        "argument 'texts[i]' is not valid UTF-16", "argument 'texts[i]' is not valid UTF-32"};
    Batch bad = b; /* the first text shared, the second replaced */
    bad.texts[1] = bad_utf8;
    bad.lengths[1] = strlen(bad_utf8);
    bad.texts16[1] = u16;
    bad.units16[1] = 3;
    bad.texts32[1] = u32;
    bad.units32[1] = 3;
    for (encoding = UTF8; encoding <= UTF32; ++encoding) {
      results[1] = sentinel;
      CHECK_ERR(evaluate_batch(encoding, &bad, 2, NULL, results, &done), JX_ERR_INVALID_UTF8, what[encoding]);
      CHECK_INT(done, 1);
      CHECK(results[1] == sentinel);
      jx_result_free(results[0]);
    }
    bad.texts[1] = NULL;
    bad.texts16[1] = NULL;
    bad.texts32[1] = NULL;
    for (encoding = UTF8; encoding <= UTF32; ++encoding) {
      CHECK_ERR(evaluate_batch(encoding, &bad, 2, NULL, results, &done), JX_ERR_NULL_ARGUMENT, "argument 'texts[i]'");
      CHECK_INT(done, 1);
      jx_result_free(results[0]);
    }
  }

  /* NULL arrays: nothing scored, *done 0 (when it can be written). */
  results[0] = sentinel;
  done = 99;
  CHECK_ERR(jx_evaluate_json_batch(b.texts, b.lengths, 2, NULL, results, NULL), JX_ERR_NULL_ARGUMENT,
            "argument 'done'");
  CHECK_ERR(jx_evaluate_json_batch(NULL, b.lengths, 2, NULL, results, &done), JX_ERR_NULL_ARGUMENT,
            "argument 'texts'");
  CHECK_INT(done, 0);
  CHECK_ERR(jx_evaluate_json_batch(b.texts, NULL, 2, NULL, results, &done), JX_ERR_NULL_ARGUMENT,
            "argument 'lengths'");
  CHECK_ERR(jx_evaluate_json_batch(b.texts, b.lengths, 2, NULL, NULL, &done), JX_ERR_NULL_ARGUMENT,
            "argument 'results'");
  CHECK_ERR(jx_evaluate_json_batch_utf16(NULL, b.units16, 2, NULL, results, &done), JX_ERR_NULL_ARGUMENT,
            "argument 'texts'");
  CHECK_ERR(jx_evaluate_json_batch_utf32((const uint32_t *const *)b.texts32, NULL, 2, NULL, results, &done),
            JX_ERR_NULL_ARGUMENT, "argument 'lengths'");
  CHECK(results[0] == sentinel);
  free_batch(&b);
  jx_policy_free(hubei);
}

/* The forms of one result, as jx_result_forms fills them. */
static int forms_of(const jx_result *r, jx_form_info *out, size_t capacity, size_t *count) {
  memset(out, 0, capacity * sizeof *out);
  out[0].struct_size = sizeof *out;
  return jx_result_forms(r, out, capacity, count);
}

static void test_results_forms(void) {
  const jx_result *results[3];
  jx_result *example = NULL, *empty = NULL, *hubei_result = NULL;
  jx_policy *hubei = NULL;
  jx_form_info out[12], want[4];
  struct {
    jx_form_info info;
    unsigned char later[24]; /* fields a later version might add */
  } big[9];
  size_t counts[3], filled = 99, n = 0, i;

  CHECK_OK(jx_evaluate_json(example_json, example_len, NULL, &example));
  CHECK_OK(jx_evaluate_json(bare, strlen(bare), NULL, &empty));
  CHECK_OK(jx_policy_builtin("hubei-20-40-40", &hubei));
  CHECK_OK(jx_evaluate_json(example_json, example_len, hubei, &hubei_result));
  results[0] = example;
  results[1] = empty;
  results[2] = hubei_result;

  /* Room for all: 4 + 0 + 4 forms, each as jx_result_forms gives it, the rest untouched. */
  memset(out, 0xAB, sizeof out);
  out[0].struct_size = sizeof out[0];
  CHECK_OK(jx_results_forms(results, 3, out, 12, counts, &filled));
  CHECK_INT(filled, 3);
  CHECK_INT(counts[0], 4);
  CHECK_INT(counts[1], 0);
  CHECK_INT(counts[2], 4);
  CHECK_OK(forms_of(example, want, 4, &n));
  CHECK(memcmp(&out[0], &want[0], 4 * sizeof want[0]) == 0);
  CHECK_OK(forms_of(hubei_result, want, 4, &n));
  CHECK(memcmp(&out[4], &want[0], 4 * sizeof want[0]) == 0);
  CHECK_STR(out[0].kind, "department");
  CHECK_STR(out[1].total, "99.00");
  CHECK(((const unsigned char *)&out[8])[0] == 0xAB && ((const unsigned char *)&out[11])[sizeof out[11] - 1] == 0xAB);

  /* Room for the first two results only (4 + 0 of 6): the third's forms are not written, its count
     is. Room for fewer than the first's: none filled, every count given. */
  memset(out, 0, sizeof out);
  out[0].struct_size = sizeof out[0];
  CHECK_OK(jx_results_forms(results, 3, out, 6, counts, &filled));
  CHECK_INT(filled, 2);
  CHECK_INT(counts[2], 4);
  CHECK_STR(out[3].total, "98.00");
  CHECK(out[4].total == NULL && out[4].struct_size == 0);
  memset(out, 0, sizeof out);
  out[0].struct_size = sizeof out[0];
  counts[0] = counts[1] = counts[2] = 99;
  CHECK_OK(jx_results_forms(results, 3, out, 3, counts, &filled));
  CHECK_INT(filled, 0);
  CHECK_INT(counts[0], 4);
  CHECK_INT(counts[1], 0);
  CHECK_INT(counts[2], 4);
  CHECK(out[0].total == NULL);
  /* Counting only (capacity 0, out NULL); a result without forms first fits in no room at all. */
  CHECK_OK(jx_results_forms(results, 3, NULL, 0, counts, &filled));
  CHECK_INT(filled, 0);
  CHECK_INT(counts[2], 4);
  results[0] = empty;
  results[1] = example;
  CHECK_OK(jx_results_forms(results, 2, NULL, 0, counts, &filled));
  CHECK_INT(filled, 1);
  CHECK_INT(counts[0], 0);
  CHECK_INT(counts[1], 4);
  results[0] = example;
  results[1] = empty;
  CHECK_OK(jx_results_forms(results, 0, NULL, 0, NULL, &filled));
  CHECK_INT(filled, 0);

  /* A later version's bigger struct: its size is the stride for every result's forms. */
  memset(big, 0xCD, sizeof big);
  big[0].info.struct_size = sizeof big[0];
  CHECK_OK(jx_results_forms(results, 3, &big[0].info, 9, counts, &filled));
  CHECK_INT(filled, 3);
  for (i = 0; i < 8; ++i) {
    CHECK_INT(big[i].info.struct_size, sizeof big[0]);
    CHECK_STR(big[i].info.total, form_total(i < 4 ? example : hubei_result, i % 4));
    CHECK(big[i].later[0] == 0 && big[i].later[23] == 0);
  }
  CHECK(big[8].later[0] == 0xCD);

  /* Errors: NULL arguments, a NULL result, a struct_size below the first version's or not a
     multiple of the struct's alignment. */
  out[0].struct_size = sizeof out[0];
  CHECK_ERR(jx_results_forms(results, 3, out, 12, counts, NULL), JX_ERR_NULL_ARGUMENT, "argument 'filled'");
  CHECK_ERR(jx_results_forms(NULL, 3, out, 12, counts, &filled), JX_ERR_NULL_ARGUMENT, "argument 'results'");
  CHECK_INT(filled, 0);
  CHECK_ERR(jx_results_forms(results, 3, out, 12, NULL, &filled), JX_ERR_NULL_ARGUMENT, "argument 'form_counts'");
  CHECK_ERR(jx_results_forms(results, 3, NULL, 12, counts, &filled), JX_ERR_NULL_ARGUMENT, "argument 'out'");
  results[1] = NULL;
  CHECK_ERR(jx_results_forms(results, 3, out, 12, counts, &filled), JX_ERR_NULL_ARGUMENT, "argument 'results[i]'");
  results[1] = empty;
  out[0].struct_size = sizeof out[0] - sizeof(size_t);
  CHECK_ERR(jx_results_forms(results, 3, out, 12, counts, &filled), JX_ERR_INVALID_ARGUMENT,
            "jx_form_info.struct_size is");
  out[0].struct_size = sizeof out[0] + 4;
  CHECK_ERR(jx_results_forms(results, 3, out, 12, counts, &filled), JX_ERR_INVALID_ARGUMENT, "not a multiple of");
  CHECK_INT(filled, 0);

  jx_result_free(example);
  jx_result_free(empty);
  jx_result_free(hubei_result);
  jx_policy_free(hubei);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s <examples/hengshan-2024/package.json>\n", argv[0]);
    return 2;
  }
  example_json = read_all(argv[1], &example_len);
  if (example_json == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  test_evaluate_json_batch();
  test_results_forms();
  free(example_json);
  return jt_summary();
}
