/* Evaluates and audits a package through the C API and prints the total, the grade and the
 * findings: the smallest useful C program on top of libjixiao_c.
 *   evaluate-and-audit-c examples/hengshan-2024/package.json */
#include <jixiao.h>

#include <stdio.h>

static int fail(const char *what) {
  fprintf(stderr, "%s: %s (%s, %s line %d column %d)\n", what, jx_last_error_message(JX_LANG_ZH),
          jx_status_name(jx_last_error_code()), jx_last_error_path(), jx_last_error_line(), jx_last_error_column());
  return 2;
}

int main(int argc, char **argv) {
  jx_package *package = NULL;
  jx_policy *policy = NULL;
  jx_audit *audit = NULL;
  const jx_result *result = NULL;
  size_t forms = 0, findings = 0, i;
  int status = 0;

  if (argc != 2) {
    fprintf(stderr, "usage: evaluate-and-audit-c PACKAGE.json\n");
    return 2;
  }
  if (jx_version_number() != JX_VERSION_NUMBER) fprintf(stderr, "warning: header and library versions differ\n");
  if (jx_package_from_file(argv[1], &package) != JX_OK) return fail(argv[1]);
  if (jx_policy_builtin("national-2020", &policy) != JX_OK) {
    status = fail("policy");
    goto done;
  }
  if (jx_audit_package(package, policy, &audit) != JX_OK || jx_audit_result(audit, &result) != JX_OK ||
      jx_result_form_count(result, &forms) != JX_OK || jx_audit_finding_count(audit, &findings) != JX_OK) {
    status = fail("audit");
    goto done;
  }
  for (i = 0; i < forms; ++i) {
    jx_form_info form;
    form.struct_size = sizeof form;
    if (jx_result_form(result, i, &form) != JX_OK) {
      status = fail("form");
      goto done;
    }
    printf("%s: %s %s\n", form.name, form.total, form.grade);
  }
  for (i = 0; i < findings; ++i) {
    jx_finding_info f;
    f.struct_size = sizeof f;
    if (jx_audit_finding(audit, i, &f) != JX_OK) {
      status = fail("finding");
      goto done;
    }
    printf("%s %s %s\n", f.code, f.path, f.message_zh);
  }
  printf("%zu findings\n", findings);

done:
  jx_audit_free(audit);
  jx_policy_free(policy);
  jx_package_free(package);
  return status;
}
