# SPDX-FileCopyrightText: 2026 The Postbag authors
# SPDX-License-Identifier: GPL-3.0-or-later
# postbag_add_test(NAME SOURCES ... [LIBS ...] [LABELS unit|integration|gui] [TIMEOUT s]
#                  [WRAPPER command...])
# One Qt Test executable registered with CTest. Tests run offscreen and find the shared corpus
# through POSTBAG_CORPUS (tests that need it skip when it is missing).
set(POSTBAG_CORPUS "${PROJECT_SOURCE_DIR}/../shared/corpus" CACHE PATH "Shared mail corpus")
set(POSTBAG_SANITIZER_OPTIONS
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

function(postbag_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  qt_add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  # Header-only helpers in tests/support are included as "tests/support/...".
  target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
  # WRAPPER runs the test inside an environment it sets up (e.g. a private keyring).
  add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
  set_tests_properties(${name} PROPERTIES
    LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;POSTBAG_CORPUS=${POSTBAG_CORPUS};${POSTBAG_SANITIZER_OPTIONS}")
endfunction()
