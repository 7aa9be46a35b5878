# abidiff of the committed ABI baseline against the library just built.
#
# The promise of ABI version 1 is that functions and structs are only added: so this fails when a
# function or variable of the baseline is removed (abidiff's bit 8, ABIDIFF_ABI_INCOMPATIBLE_CHANGE)
# and also when one is changed (bit 4 with "N Changed" in the summary: abidiff sets bit 8 only for
# removals, a changed struct layout or signature comes as bit 4), and on a tool error (bits 1, 2).
# Functions only added pass, with a note to update the baseline.
#
# What is compared: the exported jx_* functions and the types they use (--exported-interfaces-only).
# The baseline was written from the public header only (abidw --headers-dir capi/include
# --drop-private-types), so the handles are opaque in it and the C++ behind them is not compared.
# It carries no source locations, corpus path, compilation directory or DT_NEEDED, so that a checkout
# elsewhere or another fmt/Boost version does not read as a change; --no-show-locs likewise here.
# (--headers-dir2 is not passed: against a baseline without locations it filters every type change
# out as "private".)
#
# Arguments: ABIDIFF, BASELINE, LIBRARY.
if(NOT EXISTS ${BASELINE})
  message(FATAL_ERROR "no ABI baseline at ${BASELINE}: cmake --build <build> --target capi-abi-baseline")
endif()
execute_process(COMMAND ${ABIDIFF} --exported-interfaces-only --no-show-locs ${BASELINE} ${LIBRARY}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${rc}")
endif()
math(EXPR tool_error "${rc} & 3")
math(EXPR changed "${rc} & 4")
math(EXPR incompatible "${rc} & 8")
if(tool_error)
  message(FATAL_ERROR "abidiff failed (exit status ${rc})")
endif()
if(incompatible)
  message(FATAL_ERROR "INCOMPATIBLE ABI change against ${BASELINE} (exit status ${rc}): something was removed. "
                      "Within ABI version 1 functions and structs are only added; see capi/README.md.")
endif()
if(changed)
  set(removed_or_changed 0)
  foreach(kind Functions Variables)
    if(out MATCHES "${kind} changes summary: ([0-9]+) Removed, ([0-9]+) Changed")
      math(EXPR removed_or_changed "${removed_or_changed} + ${CMAKE_MATCH_1} + ${CMAKE_MATCH_2}")
    else()
      message(FATAL_ERROR "abidiff reported a change (exit status ${rc}) without a ${kind} summary to read")
    endif()
  endforeach()
  if(removed_or_changed GREATER 0)
    message(FATAL_ERROR "INCOMPATIBLE ABI change against ${BASELINE}: ${removed_or_changed} function(s) or "
                        "variable(s) changed or removed (a struct layout, a signature). Within ABI version 1 "
                        "functions and structs are only added; see capi/README.md.")
  endif()
  message("compatible ABI change: functions added. Update the baseline with the capi-abi-baseline target "
          "(capi/README.md).")
endif()
message("ABI compatible with ${BASELINE}")
