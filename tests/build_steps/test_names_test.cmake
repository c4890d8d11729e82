# CTest splits a discovered Catch test's name at ';' (a CMake list): a
# TEST_CASE named "A; B" becomes two CTest tests whose filters match no
# test case, and both pass without running anything. Fail on such a name.
file(GLOB_RECURSE sources ${SOURCE_DIR}/tests/*.cc)
set(bad "")
foreach(source ${sources})
  file(STRINGS ${source} lines REGEX "TEST_CASE(_METHOD)?\\((.*, *)?\"[^\"]*;")
  foreach(line ${lines})
    string(APPEND bad "\n  ${source}: ${line}")
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "test names with ';' (CTest would split them and run nothing):${bad}")
endif()
