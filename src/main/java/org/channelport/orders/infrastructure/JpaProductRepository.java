package org.channelport.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductRepository;

/** JPA implementation of {@link ProductRepository}; SKUs are read in chunks of 1,000 (IN lists). */
@ApplicationScoped
public class JpaProductRepository implements ProductRepository {
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Product> bySkusForUpdate(Collection<String> skus) {
        var found = new HashMap<String, Product>();
        var all = List.copyOf(skus);
        for (int i = 0; i < all.size(); i += CHUNK) {
            em.createQuery("select p from Product p where p.sku in :skus order by p.sku", Product.class)
                    .setParameter("skus", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(p -> found.put(p.sku(), p));
        }
        return found;
    }

    @Override
    public Map<String, String> skusByGtinKeys(Collection<String> gtinKeys) {
        var found = new HashMap<String, String>();
        var all = List.copyOf(gtinKeys);
        for (int i = 0; i < all.size(); i += CHUNK) {
            em.createQuery("select p.gtinKey, p.sku from Product p where p.gtinKey in :keys", Object[].class)
                    .setParameter("keys", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .getResultList().forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
    }

    @Override
    public java.util.Set<String> existing(Collection<String> skus) {
        var found = new java.util.HashSet<String>();
        var all = List.copyOf(new java.util.LinkedHashSet<>(skus));
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(em.createQuery("select p.sku from Product p where p.sku in :skus", String.class)
                    .setParameter("skus", all.subList(i, Math.min(all.size(), i + CHUNK))).getResultList());
        }
        return found;
    }

    @Override
    public java.util.Optional<org.channelport.orders.domain.ProductImage> imageForUpdate(java.util.UUID productId) {
        return java.util.Optional.ofNullable(em.find(org.channelport.orders.domain.ProductImage.class, productId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void addImage(org.channelport.orders.domain.ProductImage image) {
        em.persist(image);
    }

    @Override
    public void removeImage(org.channelport.orders.domain.ProductImage image) {
        em.remove(image);
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
