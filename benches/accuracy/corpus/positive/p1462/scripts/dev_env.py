import os

os.environ.setdefault("CONNECTIONSTRINGS_DEFAULT", "Server=tcp:mysql-01.tyrell.dev,1433;Initial Catalog=orders;User ID=deploy;Password=HyHS8nU1XURVwttEFuUV0y;Encrypt=True;TrustServerCertificate=False;")
