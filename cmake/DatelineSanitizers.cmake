# DATELINE_SANITIZE=ON builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer; UBSan findings abort so tests cannot pass over them.
option(DATELINE_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)

if(DATELINE_SANITIZE)
    set(_dateline_san_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_compile_options(${_dateline_san_flags})
    add_link_options(-fsanitize=address,undefined)
endif()

# Fuzz builds instrument every object for coverage; only the fuzz targets
# themselves link libFuzzer's main.
if(DATELINE_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DATELINE_BUILD_FUZZERS needs clang (use the fuzz preset)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
