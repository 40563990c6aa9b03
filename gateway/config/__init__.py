from gateway.config.loader import ConfigError, deep_merge, load_config
from gateway.config.models import (
    RESERVED_DEPLOYMENT,
    Application,
    Config,
    Deployment,
    Interceptor,
    Key,
    Model,
    Upstream,
)
from gateway.config.watcher import ConfigWatcher

__all__ = [
    "RESERVED_DEPLOYMENT",
    "Application",
    "Config",
    "ConfigError",
    "ConfigWatcher",
    "Deployment",
    "Interceptor",
    "Key",
    "Model",
    "Upstream",
    "deep_merge",
    "load_config",
]
