"""Only the package list lives here (metadata is in pyproject.toml). The migrations live in the
repository-root `alembic/` folder, where the design keeps them and `alembic upgrade head` finds them;
`src/medassist/migrations` is a symbolic link to it, so the wheel ships them as `medassist.migrations`
and an installed MedAssist can migrate its own database (`medassist db upgrade`)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "medassist.migrations"], package_dir={"": "src"})
