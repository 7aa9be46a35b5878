# abidiff of the committed ABI baseline against the library just built. Fails on an incompatible
# change (abidiff's bit 8, ABIDIFF_ABI_INCOMPATIBLE_CHANGE) and on a tool error; reports compatible
# changes (added functions: abidiff's bit 4) without failing.
# Arguments: ABIDIFF, BASELINE, LIBRARY, HEADERS.
if(NOT EXISTS ${BASELINE})
  message(FATAL_ERROR "no ABI baseline at ${BASELINE}: cmake --build <build> --target capi-abi-baseline")
endif()
# What is compared: the exported jx_* functions and the types of the public header (the opaque
# handles stay opaque; the C++ behind them is not ABI): --exported-interfaces-only, --headers-dir2,
# --drop-private-types. Source locations and build paths are not part of the ABI: --no-show-locs (the
# baseline is written without locations, corpus path, compilation directory or DT_NEEDED).
execute_process(COMMAND ${ABIDIFF} --exported-interfaces-only --headers-dir2 ${HEADERS} --drop-private-types
                        --no-show-locs ${BASELINE} ${LIBRARY}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${rc}")
endif()
math(EXPR error "${rc} & 3")
math(EXPR changed "${rc} & 4")
math(EXPR incompatible "${rc} & 8")
if(error)
  message(FATAL_ERROR "abidiff failed (exit status ${rc})")
endif()
if(incompatible)
  message(FATAL_ERROR "INCOMPATIBLE ABI change against ${BASELINE} (exit status ${rc}): within ABI version 1 "
                      "functions and structs are only added. See capi/README.md.")
endif()
if(changed)
  message("compatible ABI changes (additions) against the baseline: update it with the capi-abi-baseline target")
endif()
message("ABI compatible with ${BASELINE}")
