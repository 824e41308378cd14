SQLALCHEMY_DATABASE_URI = (
    "mssql+pyodbc://reporting:wqqCvy4RPlVCsC@sql-prod-01.corp.internal:1433/Reporting"
    "?driver=ODBC+Driver+18+for+SQL+Server&Encrypt=yes"
)
