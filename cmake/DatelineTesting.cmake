# dateline_add_test(NAME name SOURCES ... [LIBS ...] [GUI])
# One GoogleTest executable per module, registered with CTest through
# gtest_discover_tests. GUI tests get a QApplication main and run offscreen.
include(GoogleTest)

function(dateline_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    dateline_set_warnings(${T_NAME})
    if(T_GUI)
        target_link_libraries(${T_NAME} PRIVATE dateline_test_gui_main)
    else()
        target_link_libraries(${T_NAME} PRIVATE dateline_test_main)
    endif()
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS})
    set(_env "QT_QPA_PLATFORM=offscreen")
    # QtWebEngineCore (Chromium inside it) allocates and frees some of its own
    # objects through types of different sizes; ASan reports that inside the
    # library, at no Dateline frame. Only GUI suites turn that one check off.
    set(_properties ENVIRONMENT "${_env}" TIMEOUT 300)
    if(T_GUI AND DATELINE_SANITIZE)
        list(APPEND _properties ENVIRONMENT_MODIFICATION "ASAN_OPTIONS=string_append::new_delete_type_mismatch=0")
    endif()
    gtest_discover_tests(${T_NAME} DISCOVERY_TIMEOUT 60 PROPERTIES ${_properties})
endfunction()
