from sqlalchemy import create_engine

engine = create_engine(
    "mysql+pymysql://shop:FPRbqUxPXXsR!5@mysql-primary.svc.cluster.local:3306/shop",
    pool_pre_ping=True,
)
