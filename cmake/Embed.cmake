# timeline_embed(TARGET_NAME BASE FILES OUTPUT VARIABLE)
# Writes OUTPUT, a C++ file defining
#   const timeline::EmbeddedFile VARIABLE[]; const size_t VARIABLE_count;
# with the bytes of each file in FILES (name = its path relative to BASE:
# "triggers.json", "lang/id/triggers.json"), in the
# order given. Rebuilt whenever one of the files changes (the way ninja turns
# browse.py into a header).
function(timeline_embed target base files output variable)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DVARIABLE=${variable} -DBASE=${base}
            "-DFILES=${files}" -P ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${variable}"
    VERBATIM)
  add_custom_target(${target} DEPENDS ${output})
endfunction()
