# The executables allocate through jemalloc. An import frees every parsed
# article on another thread than the one that made it, which glibc's
# per-thread arenas handle poorly: with jemalloc a 2,000-story import used
# about a sixth less CPU. Sanitizer and fuzzer builds keep their own
# allocator, which is how they find memory errors.
option(DATELINE_JEMALLOC "Link the executables with jemalloc" ON)

if(DATELINE_JEMALLOC AND NOT DATELINE_SANITIZE AND NOT DATELINE_BUILD_FUZZERS)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
endif()

# Nothing calls jemalloc by name; linked as needed it would be dropped.
function(dateline_use_allocator target)
    if(TARGET PkgConfig::JEMALLOC)
        target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" PkgConfig::JEMALLOC
                                                "-Wl,--pop-state")
        target_sources(${target} PRIVATE "${PROJECT_SOURCE_DIR}/app/allocatoroptions.cpp")
    endif()
endfunction()
