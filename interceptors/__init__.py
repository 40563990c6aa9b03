"""Interceptor services. Each subpackage is one deployable service built on aidial-interceptors-sdk."""
