from interceptors.common.service import InterceptorService, create_interceptor_app, run

__all__ = ["InterceptorService", "create_interceptor_app", "run"]
