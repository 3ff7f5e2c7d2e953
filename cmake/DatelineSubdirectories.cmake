# dateline_add_subdirectories(): adds every direct subfolder of the current
# source folder that has a CMakeLists.txt, in name order. Modules are added by
# creating a folder, not by editing a shared list.
function(dateline_add_subdirectories)
    file(GLOB _children LIST_DIRECTORIES true CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*")
    list(SORT _children)
    foreach(_child IN LISTS _children)
        if(IS_DIRECTORY "${_child}" AND EXISTS "${_child}/CMakeLists.txt")
            add_subdirectory("${_child}")
        endif()
    endforeach()
endfunction()
