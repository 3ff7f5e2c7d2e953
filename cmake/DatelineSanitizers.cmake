# DATELINE_SANITIZE=ON builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer; UBSan findings abort so tests cannot pass over them.
option(DATELINE_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)

if(DATELINE_SANITIZE)
    set(_dateline_san_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_compile_options(${_dateline_san_flags})
    add_link_options(-fsanitize=address,undefined)
endif()
