from interceptors.common.service import InterceptorService, audit_logger, create_interceptor_app, run

__all__ = ["InterceptorService", "audit_logger", "create_interceptor_app", "run"]
