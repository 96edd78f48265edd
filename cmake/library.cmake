# SPDX-License-Identifier: Apache-2.0
# The library a host application links: the engine stages (everything below the CLI) as one
# shared library `libnetral.so` (netral::netral) and one static `libnetral.a`
# (netral::netral_static), built from the stages' own objects so nothing is compiled twice.
# Both expose only include/netral/; the engine's dependencies stay private to the shared library.
include(GNUInstallDirs)

set(NETRAL_ENGINE_OBJECTS)
foreach(stage IN LISTS NETRAL_ENGINE_STAGES)
  list(APPEND NETRAL_ENGINE_OBJECTS $<TARGET_OBJECTS:${stage}>)
endforeach()
# The engine's link dependencies, which objects taken from the stages do not carry along.
set(NETRAL_ENGINE_LINK Boost::json yaml-cpp fmt::fmt Threads::Threads)

add_library(netral_shared SHARED ${NETRAL_ENGINE_OBJECTS})
add_library(netral::netral ALIAS netral_shared)
set_target_properties(netral_shared PROPERTIES
  OUTPUT_NAME netral
  EXPORT_NAME netral
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR})
target_include_directories(netral_shared PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_compile_features(netral_shared PUBLIC cxx_std_20)
target_link_libraries(netral_shared PRIVATE ${NETRAL_ENGINE_LINK} netral_options)

add_library(netral_static STATIC ${NETRAL_ENGINE_OBJECTS})
add_library(netral::netral_static ALIAS netral_static)
set_target_properties(netral_static PROPERTIES
  OUTPUT_NAME netral
  EXPORT_NAME netral_static)
target_include_directories(netral_static PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_compile_features(netral_static PUBLIC cxx_std_20)
target_link_libraries(netral_static PUBLIC ${NETRAL_ENGINE_LINK})
