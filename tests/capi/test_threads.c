/* The C API from several threads at once (C99 + pthreads): 4 threads each load, evaluate and audit
 * the example package 50 times with handles of their own, and get what one thread gets alone (also
 * from its UTF-16 and UTF-32 forms, which each thread transcodes in a buffer of its own); the last
 * error of one thread is not seen by another.
 *
 * Usage: capi-thread-test <examples/hengshan-2024/package.json> [iterations per thread] */
#define _POSIX_C_SOURCE 200809L

#include "harness.h"
#include "read_file.h"
#include "wide_text.h"

#include <jixiao.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define FORMS 4

static char *example_json;
static size_t example_len;
static uint16_t *example_utf16; /* the example as UTF-16 and UTF-32, made once in main */
static size_t example_units16;
static uint32_t *example_utf32;
static size_t example_units32;
static int iterations = 50;

/* What one evaluation and one audit of the example give. */
struct outcome {
  int status; /* JX_OK, or the first failing status */
  char totals[FORMS][16];
  size_t findings;
  char *result_json; /* jx_result_to_json of the evaluation */
  char *audit_json;  /* jx_audit_to_json */
};

static int run_once(jx_policy *policy, struct outcome *out) {
  jx_package *p = NULL;
  jx_result *r = NULL;
  jx_audit *a = NULL;
  const jx_result *ar = NULL;
  size_t i, n = 0;
  int rc;

  memset(out, 0, sizeof *out);
  if ((rc = jx_package_from_json(example_json, example_len, &p)) != JX_OK) goto done;
  if ((rc = jx_evaluate(p, policy, &r)) != JX_OK) goto done;
  if ((rc = jx_result_form_count(r, &n)) != JX_OK) goto done;
  if (n != FORMS) {
    rc = JX_ERR_INTERNAL;
    goto done;
  }
  for (i = 0; i < FORMS; ++i) {
    jx_form_info f;
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    if ((rc = jx_result_form(r, i, &f)) != JX_OK) goto done;
    snprintf(out->totals[i], sizeof out->totals[i], "%s", f.total);
  }
  if ((rc = jx_result_to_json(r, &out->result_json)) != JX_OK) goto done;
  /* Read and scored in one call from UTF-16 and UTF-32: the same result. */
  for (i = 0; i < 2; ++i) {
    jx_result *wide = NULL;
    char *json = NULL;
    rc = i == 0 ? jx_evaluate_json_utf16(example_utf16, example_units16, policy, &wide)
                : jx_evaluate_json_utf32(example_utf32, example_units32, policy, &wide);
    if (rc == JX_OK) rc = jx_result_to_json(wide, &json);
    if (rc == JX_OK && strcmp(json, out->result_json) != 0) rc = JX_ERR_INTERNAL;
    jx_string_free(json);
    jx_result_free(wide);
    if (rc != JX_OK) goto done;
  }
  if ((rc = jx_audit_package(p, policy, &a)) != JX_OK) goto done;
  if ((rc = jx_audit_finding_count(a, &out->findings)) != JX_OK) goto done;
  if ((rc = jx_audit_result(a, &ar)) != JX_OK) goto done;
  for (i = 0; i < FORMS; ++i) {
    jx_form_info f;
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    if ((rc = jx_result_form(ar, i, &f)) != JX_OK) goto done;
    if (strcmp(f.total, out->totals[i]) != 0) {
      rc = JX_ERR_INTERNAL;
      goto done;
    }
  }
  for (i = 0; i < out->findings; ++i) {
    jx_finding_info fi;
    memset(&fi, 0, sizeof fi);
    fi.struct_size = sizeof fi;
    if ((rc = jx_audit_finding(a, i, &fi)) != JX_OK) goto done;
  }
  rc = jx_audit_to_json(a, &out->audit_json);
done:
  jx_audit_free(a);
  jx_result_free(r);
  jx_package_free(p);
  out->status = rc;
  return rc;
}

static void outcome_free(struct outcome *o) {
  jx_string_free(o->result_json);
  jx_string_free(o->audit_json);
  o->result_json = o->audit_json = NULL;
}

static struct outcome baseline;

/* ---- the workers ----------------------------------------------------------------------------- */

struct worker {
  int id;
  int runs, failures, mismatches;
  int first_status;
};

static void *work(void *arg) {
  struct worker *w = (struct worker *)arg;
  jx_policy *policy = NULL;
  int k, i;
  /* Half the threads use a policy handle of their own, half the default. */
  if (w->id % 2 == 1 && jx_policy_builtin("national-2020", &policy) != JX_OK) {
    w->failures = iterations;
    return NULL;
  }
  for (k = 0; k < iterations; ++k) {
    struct outcome o;
    ++w->runs;
    if (run_once(policy, &o) != JX_OK) {
      if (w->failures++ == 0) w->first_status = o.status;
    } else {
      int same = o.findings == baseline.findings && strcmp(o.result_json, baseline.result_json) == 0 &&
                 strcmp(o.audit_json, baseline.audit_json) == 0;
      for (i = 0; i < FORMS; ++i) same = same && strcmp(o.totals[i], baseline.totals[i]) == 0;
      if (!same) ++w->mismatches;
    }
    outcome_free(&o);
  }
  jx_policy_free(policy);
  return NULL;
}

/* ---- thread-local errors --------------------------------------------------------------------- */

static pthread_barrier_t barrier;

struct error_probe {
  const char *text;      /* what this thread parses */
  int code;              /* the error it must see */
  int saw_code_before;   /* its last error code before failing (JX_OK: nothing leaked in) */
  int saw_code_after;    /* after every thread has failed */
  char message[256];     /* its English message after every thread has failed */
  int column_after;
};

static void *probe(void *arg) {
  struct error_probe *e = (struct error_probe *)arg;
  jx_decimal d;
  /* A fresh thread has no last error, whatever the other threads did. */
  pthread_barrier_wait(&barrier);
  e->saw_code_before = jx_last_error_code();
  (void)jx_decimal_parse(e->text, &d);
  pthread_barrier_wait(&barrier); /* every thread has now failed, each in its own way */
  e->saw_code_after = jx_last_error_code();
  e->column_after = jx_last_error_column();
  snprintf(e->message, sizeof e->message, "%s", jx_last_error_message(JX_LANG_EN));
  pthread_barrier_wait(&barrier);
  return NULL;
}

static void test_thread_local_errors(void) {
  struct error_probe probes[THREADS] = {
      {"1.2.3", JX_ERR_INVALID_NUMBER, -1, -1, "", -1},
      {"123456789012345678901234567890123456789", JX_ERR_OUT_OF_RANGE, -1, -1, "", -1},
      {"\xFF", JX_ERR_INVALID_UTF8, -1, -1, "", -1},
      {"abc", JX_ERR_INVALID_NUMBER, -1, -1, "", -1}};
  static const char *parts[THREADS] = {"second decimal point at position 4", "more than 38 significant digits",
                                       "is not valid UTF-8", "unexpected character 'a' at position 1"};
  static const int columns[THREADS] = {4, 0, 1, 1};
  pthread_t t[THREADS];
  jx_decimal d;
  int i;

  /* The main thread's own error, set before and checked after. */
  CHECK_INT(jx_decimal_parse(NULL, &d), JX_ERR_NULL_ARGUMENT);
  CHECK_INT(pthread_barrier_init(&barrier, NULL, THREADS), 0);
  for (i = 0; i < THREADS; ++i) CHECK_INT(pthread_create(&t[i], NULL, probe, &probes[i]), 0);
  for (i = 0; i < THREADS; ++i) CHECK_INT(pthread_join(t[i], NULL), 0);
  pthread_barrier_destroy(&barrier);
  for (i = 0; i < THREADS; ++i) {
    CHECK_INT(probes[i].saw_code_before, JX_OK);
    CHECK_INT(probes[i].saw_code_after, probes[i].code);
    CHECK_CONTAINS(probes[i].message, parts[i]);
    CHECK_INT(probes[i].column_after, columns[i]);
  }
  CHECK_INT(jx_last_error_code(), JX_ERR_NULL_ARGUMENT);
  CHECK_CONTAINS(jx_last_error_message(JX_LANG_EN), "argument 'text' must not be NULL");
}

/* The example as UTF-32 and UTF-16 code units (wide_text.h), malloc'd. */
static int make_wide_forms(void) {
  example_utf32 = utf32_of(example_json, example_len, &example_units32);
  example_utf16 = utf16_of(example_json, example_len, &example_units16);
  return example_utf32 != NULL && example_utf16 != NULL;
}

int main(int argc, char **argv) {
  struct worker workers[THREADS];
  pthread_t threads[THREADS];
  int i, k, runs = 0, failures = 0, mismatches = 0;

  if (argc < 2) {
    fprintf(stderr, "usage: %s <examples/hengshan-2024/package.json> [iterations]\n", argv[0]);
    return 2;
  }
  if (argc > 2) iterations = atoi(argv[2]);
  example_json = read_all(argv[1], &example_len);
  if (example_json == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }

  if (!make_wide_forms()) {
    fprintf(stderr, "out of memory\n");
    return 2;
  }

  test_thread_local_errors();

  /* One thread alone first: the baseline, twice the same. */
  CHECK_OK(run_once(NULL, &baseline));
  CHECK_STR(baseline.totals[0], "98.00");
  CHECK_STR(baseline.totals[1], "99.00");
  CHECK_STR(baseline.totals[2], "98.00");
  CHECK_STR(baseline.totals[3], "98.00");
  CHECK(baseline.findings > 0);
  {
    struct outcome again;
    CHECK_OK(run_once(NULL, &again));
    CHECK_STR(again.result_json, baseline.result_json);
    CHECK_STR(again.audit_json, baseline.audit_json);
    outcome_free(&again);
  }

  /* Then four at once. */
  for (i = 0; i < THREADS; ++i) {
    memset(&workers[i], 0, sizeof workers[i]);
    workers[i].id = i;
    CHECK_INT(pthread_create(&threads[i], NULL, work, &workers[i]), 0);
  }
  for (i = 0; i < THREADS; ++i) CHECK_INT(pthread_join(threads[i], NULL), 0);
  for (i = 0; i < THREADS; ++i) {
    if (workers[i].failures > 0)
      fprintf(stderr, "thread %d: %d failures, the first %s\n", i, workers[i].failures,
              jx_status_name(workers[i].first_status));
    CHECK_INT(workers[i].runs, iterations);
    CHECK_INT(workers[i].failures, 0);
    CHECK_INT(workers[i].mismatches, 0);
    runs += workers[i].runs;
    failures += workers[i].failures;
    mismatches += workers[i].mismatches;
  }
  printf("%d threads x %d runs: %d runs, %d failed, %d differed from the single-threaded result\n", THREADS,
         iterations, runs, failures, mismatches);

  /* Sequential use afterwards still agrees. */
  for (k = 0; k < 3; ++k) {
    struct outcome o;
    CHECK_OK(run_once(NULL, &o));
    CHECK_STR(o.result_json, baseline.result_json);
    outcome_free(&o);
  }

  outcome_free(&baseline);
  free(example_json);
  free(example_utf16);
  free(example_utf32);
  return jt_summary();
}
