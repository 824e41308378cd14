import os

os.environ.setdefault("MAKE_WEBHOOK_URL", "https://hook.eu1.make.com/xvub2kdga2wla94opkxlkgflqlk2ngx3")
