# Compiler settings shared by every target through the za_options interface library:
# link it PRIVATE so the flags never leak into consumers' interfaces.
add_library(za_options INTERFACE)
add_library(za::options ALIAS za_options)

target_compile_definitions(za_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(za_options INTERFACE -Wall -Wextra -Wpedantic)
    if(ZA_WERROR)
        target_compile_options(za_options INTERFACE -Werror)
    endif()
    if(ZA_SANITIZE)
        target_compile_options(za_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(za_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
