<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an RSS or Atom feed opened in a browser as a readable page; feed readers
     ignore it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="rss/channel/title|atom:feed/atom:title"/> — Nguồn tin</title>
        <!-- A stylesheet file, not a <style> element: feeds carry the site's
             Content-Security-Policy, which allows styles from the site's own files only. -->
        <link rel="stylesheet" href="/static/feeds/feed.css"/>
      </head>
      <body>
        <main>
          <p class="note"><strong>Đây là nguồn tin (feed).</strong> Sao chép địa chỉ trang này
          vào phần mềm đọc tin, cổng thông tin hoặc ứng dụng podcast để tự động nhận bài mới.
          Xem hướng dẫn tại trang <a href="/nhan-tin/">Nhận tin</a>.</p>
          <h1><xsl:value-of select="rss/channel/title|atom:feed/atom:title"/></h1>
          <p><xsl:value-of select="rss/channel/description|atom:feed/atom:subtitle"/></p>
          <xsl:for-each select="rss/channel/item">
            <article>
              <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
              <time><xsl:value-of select="pubDate"/></time>
              <p><xsl:value-of select="description"/></p>
            </article>
          </xsl:for-each>
          <xsl:for-each select="atom:feed/atom:entry">
            <article>
              <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
              <time><xsl:value-of select="atom:published"/></time>
              <p><xsl:value-of select="atom:summary"/></p>
            </article>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
