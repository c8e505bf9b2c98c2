# SPDX-FileCopyrightText: 2026 The Postbag authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the build's own target graph (every target defined in this project with its direct link
# dependencies, and whether it can include Qt Sql) so that tests/architecture can check the module
# rules against what CMake really links.

function(_postbag_collect_targets dir out)
  get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    _postbag_collect_targets("${sub}" sub_targets)
    list(APPEND targets ${sub_targets})
  endforeach()
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(postbag_write_target_graph file)
  _postbag_collect_targets("${PROJECT_SOURCE_DIR}" targets)
  set(content "")
  foreach(t IN LISTS targets)
    get_target_property(type ${t} TYPE)
    if(type STREQUAL "UTILITY" OR type STREQUAL "INTERFACE_LIBRARY")
      continue()
    endif()
    get_target_property(src ${t} SOURCE_DIR)
    file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}" "${src}")
    # LINK_LIBRARIES is the direct list; genexes are evaluated by file(GENERATE). The last field
    # is "sql" when the target compiles with Qt Sql's usage requirements (its own link, or a
    # dependency's PUBLIC one): COMPILE_DEFINITIONS is evaluated over the whole link closure.
    set(sql "$<$<IN_LIST:QT_SQL_LIB,$<TARGET_PROPERTY:${t},COMPILE_DEFINITIONS>>:sql>")
    string(APPEND content "${t}|${type}|${rel}|$<JOIN:$<TARGET_PROPERTY:${t},LINK_LIBRARIES>,$<COMMA>>|${sql}\n")
  endforeach()
  file(GENERATE OUTPUT "${file}" CONTENT "${content}")
endfunction()
