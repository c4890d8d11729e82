# cmake -DPROGRAM=... -DARGS="a;b" -DOUTPUT=file -P RunToFile.cmake
# Runs PROGRAM with ARGS and writes its standard output to OUTPUT, whole or
# not at all (a build step must not leave half a file that looks done).
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${status}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
