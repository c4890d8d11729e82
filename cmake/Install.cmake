# `cmake --install build --prefix P`: the binary, its man page timeline(1) and
# its bash completion, under P. The binary needs nothing else: the registry,
# the trigger and date words and the migrations are compiled in
# (cmake/Embed.cmake); only Hunspell's Indonesian dictionary is read at run
# time, from Debian's hunspell-id (/usr/share/hunspell), a dependency.
include(GNUInstallDirs)

# The man page, from docs/manual.md, by a small converter (tools/md2man.cc)
# rather than pandoc: the manual uses little Markdown, and pandoc would add a
# large build dependency for it.
add_executable(timeline_md2man ${CMAKE_SOURCE_DIR}/tools/md2man.cc)
set(TIMELINE_MAN_PAGE ${CMAKE_BINARY_DIR}/man/timeline.1)
add_custom_command(
  OUTPUT ${TIMELINE_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:timeline_md2man>
          "-DARGS=${CMAKE_SOURCE_DIR}/docs/manual.md;${PROJECT_VERSION}"
          -DOUTPUT=${TIMELINE_MAN_PAGE} -P ${CMAKE_SOURCE_DIR}/cmake/RunToFile.cmake
  DEPENDS timeline_md2man ${CMAKE_SOURCE_DIR}/docs/manual.md ${CMAKE_SOURCE_DIR}/cmake/RunToFile.cmake
  COMMENT "Writing the man page timeline(1) from docs/manual.md"
  VERBATIM)

# The completion script, written by the binary itself from its own commands
# and options, so it cannot drift from them.
set(TIMELINE_COMPLETION ${CMAKE_BINARY_DIR}/completion/timeline)
add_custom_command(
  OUTPUT ${TIMELINE_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/completion
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:timeline> "-DARGS=completion;bash"
          -DOUTPUT=${TIMELINE_COMPLETION} -P ${CMAKE_SOURCE_DIR}/cmake/RunToFile.cmake
  DEPENDS timeline ${CMAKE_SOURCE_DIR}/cmake/RunToFile.cmake
  COMMENT "Writing the bash completion for timeline"
  VERBATIM)
add_custom_target(timeline_install_files ALL DEPENDS ${TIMELINE_MAN_PAGE} ${TIMELINE_COMPLETION})

install(TARGETS timeline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${TIMELINE_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Where bash-completion looks for a command's script, by the command's name.
install(FILES ${TIMELINE_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
