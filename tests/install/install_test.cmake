# Installs the build into WORK_DIR/prefix and checks that what is installed
# works alone: the README's query run by the installed binary from
# WORK_DIR/elsewhere (a copy of seeds/ and nothing else), its output the
# golden one; the man page and the bash completion where they belong, and
# working.

function(run)
  cmake_parse_arguments(RUN "" "DIR;OUT" "COMMAND" ${ARGN})
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=TIMELINE_DB COLUMNS=100 ${RUN_COMMAND}
                  WORKING_DIRECTORY ${RUN_DIR}
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${RUN_COMMAND} (in ${RUN_DIR}) failed: ${status}\n${out}\n${err}")
  endif()
  if(RUN_OUT)
    set(${RUN_OUT} "${out}" PARENT_SCOPE)
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
set(elsewhere ${WORK_DIR}/elsewhere)
file(MAKE_DIRECTORY ${elsewhere})
run(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} DIR ${WORK_DIR})

set(binary ${prefix}/bin/timeline)
set(man_page ${prefix}/share/man/man1/timeline.1)
set(completion ${prefix}/share/bash-completion/completions/timeline)
foreach(file ${binary} ${man_page} ${completion})
  if(NOT EXISTS ${file})
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()

# The README's commands, by the installed binary, in a folder that is not the
# source tree: the registry, triggers and migrations must come with it.
file(COPY ${SOURCE_DIR}/seeds DESTINATION ${elsewhere})
run(COMMAND ${binary} load seeds/ DIR ${elsewhere})
run(COMMAND ${binary} query --actor "Korea Utara" DIR ${elsewhere} OUT answer)
file(READ ${SOURCE_DIR}/tests/golden/query_korea_utara.txt golden)
if(NOT answer STREQUAL golden)
  message(FATAL_ERROR "the installed binary's answer differs from tests/golden/query_korea_utara.txt:\n${answer}")
endif()
if(NOT EXISTS ${elsewhere}/timeline.db)
  message(FATAL_ERROR "load wrote no ./timeline.db in ${elsewhere}")
endif()

run(COMMAND ${binary} --version DIR ${elsewhere} OUT version)
if(NOT version MATCHES "^timeline [0-9.]+ \\(schema version [0-9]+\\)\n$")
  message(FATAL_ERROR "--version printed: ${version}")
endif()

# The man page: timeline(1), from the manual, every command in it.
file(READ ${man_page} page)
foreach(expected ".TH TIMELINE 1" "timeline load PATH" "timeline query" "timeline export" "Errors and exit codes")
  string(FIND "${page}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the man page lacks \"${expected}\"")
  endif()
endforeach()
if(GROFF)
  # -ww: every warning; a page with roff mistakes (an unescaped line start,
  # a bad character) warns.
  execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z ${man_page} ERROR_VARIABLE warnings RESULT_VARIABLE status)
  if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "groff finds fault with the man page: ${warnings}")
  endif()
endif()

# The completion, as bash runs it: a command, an option, an option's values.
if(BASH)
  set(script [=[
source "$1"
complete_line() {
  read -ra COMP_WORDS <<< "$1"
  [[ $1 == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _timeline
  echo "$1=${COMPREPLY[*]}"
}
complete_line "timeline qu"
complete_line "timeline query --ac"
complete_line "timeline query --role "
complete_line "timeline export --format i"
complete_line "timeline --db x.db exp"
]=])
  run(COMMAND ${BASH} -c "${script}" _ ${completion} DIR ${elsewhere} OUT completed)
  set(expected "timeline qu=query\ntimeline query --ac=--actor\ntimeline query --role =initiator target participant\ntimeline export --format i=ics\ntimeline --db x.db exp=export\n")
  if(NOT completed STREQUAL expected)
    message(FATAL_ERROR "bash completion gave:\n${completed}\nexpected:\n${expected}")
  endif()
endif()
message(STATUS "installed into ${prefix}; the README's query ran from ${elsewhere}")
