// Uses the installed headers and library the way an application would; exits 0 when they agree.
#include <jixiao/jixiao.hpp>

#include <cstdio>

int main() {
  const jixiao::Decimal rate = jixiao::Decimal(90).divide(96, 4) * 10;
  const bool ok = jixiao::version() == JIXIAO_VERSION && fmt::format("{:.2}", rate) == "9.38" &&
                  jixiao::Percent::of(13, 18).to_string() == "72.22%";
  std::printf("jixiao %s: %s\n", jixiao::version_string(), ok ? "ok" : "MISMATCH");
  return ok ? 0 : 1;
}
