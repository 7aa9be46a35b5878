// JX-? checks of group "weights" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_weights(const Context&) {}
}  // namespace jixiao::audit_detail
