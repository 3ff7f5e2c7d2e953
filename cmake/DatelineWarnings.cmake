# Warnings for the project's own targets only: third-party headers come in as
# SYSTEM includes (Qt's imported targets do that already), so -Werror never
# trips on code we do not own.
option(DATELINE_WERROR "Treat warnings as errors in Dateline's own code" ON)

function(dateline_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            -Wold-style-cast -Wcast-align -Woverloaded-virtual
            -Wimplicit-fallthrough -Wformat=2)
        if(DATELINE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # Qt's keywords clash with other libraries' identifiers; the macro forms are explicit.
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()
