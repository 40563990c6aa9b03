"""What every interceptor service shares. `contract` (standard library only) is also imported by the
gateway, so the service helpers are loaded only when asked for."""

__all__ = ["InterceptorService", "audit_logger", "create_interceptor_app", "run"]


def __getattr__(name: str):
    if name in __all__:
        from interceptors.common import service

        return getattr(service, name)
    raise AttributeError(name)
